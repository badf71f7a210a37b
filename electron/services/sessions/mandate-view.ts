import type { SessionMandate } from '../../../shared/session/calls';
import type { MandateCheck } from '../../../shared/mandate/check';
import type { Mandate } from '../../../shared/mandate/schema';

/** What the session panel needs of the mandate check: the keyed sentence, the scope, the planned length. */
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
    sessionMinutes: mandate ? mandate.sessionMinutes : null,
  };
}
