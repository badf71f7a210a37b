import type { SessionMandate } from '../../../shared/session/calls';
import type { MandateCheck } from '../../../shared/mandate/check';
import type { Mandate } from '../../../shared/mandate/schema';
import { STARTABLE_MANDATE_STATUSES } from '../../../shared/session/event-values';

/**
 * What the session panel needs of the mandate check: the keyed sentence, the scope, the planned length.
 * `found.mandate` comes with only its actions still in force (withdrawn ones are gone, see
 * checkForPerson); the scope guard gets them only while the mandate itself is in force.
 */
export function sessionMandate(found: { check: MandateCheck; mandate: Mandate | null }): SessionMandate {
  const { check, mandate } = found;
  return {
    status: check.status,
    mandateId: check.mandateId ?? null,
    key: check.key,
    ...(check.params ? { params: check.params } : {}),
    canStart: check.canStart,
    scopeItems: mandate ? mandate.scopeItems.map((i) => ({ id: i.id, label: i.label })) : [],
    exclusions: mandate ? [...mandate.exclusions] : [],
    guardScope: mandate && STARTABLE_MANDATE_STATUSES.includes(check.status) ? mandate.scopeItems.map((i) => i.label) : [],
    sessionMinutes: mandate ? mandate.sessionMinutes : null,
  };
}
