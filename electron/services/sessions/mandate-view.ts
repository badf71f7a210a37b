import type { SessionMandate } from '../../../shared/session/calls';
import type { MandateCheck } from '../../../shared/mandate/check';
import type { Mandate, ScopeItem } from '../../../shared/mandate/schema';
import { STARTABLE_MANDATE_STATUSES } from '../../../shared/session/event-values';

/** The actions withdrawn by `day`, each with the day its withdrawal began, in the mandate's order. */
function withdrawnItems(mandate: Mandate, inForce: readonly ScopeItem[], day: string): SessionMandate['withdrawn'] {
  const kept = new Set(inForce.map((i) => i.id));
  return mandate.scopeItems
    .filter((i) => !kept.has(i.id))
    .map((i) => ({
      id: i.id,
      label: i.label,
      date: mandate.revocations
        .filter((r) => r.date <= day && (r.scope === 'whole' || r.itemId === i.id))
        .map((r) => r.date)
        .sort()[0]!,
    }));
}

/**
 * What the session panel needs of the mandate check: the keyed sentence, the scope, the planned length.
 * `scopeItems` are the actions in force (checkForPerson's `inForce`); the withdrawn ones come apart,
 * with their date, to be shown struck; the scope guard gets the actions in force only, and only
 * while the mandate itself is in force.
 */
export function sessionMandate(found: { check: MandateCheck; mandate: Mandate | null; inForce: ScopeItem[]; day: string }): SessionMandate {
  const { check, mandate, inForce, day } = found;
  return {
    status: check.status,
    mandateId: check.mandateId ?? null,
    key: check.key,
    ...(check.params ? { params: check.params } : {}),
    canStart: check.canStart,
    scopeItems: inForce.map((i) => ({ id: i.id, label: i.label })),
    withdrawn: mandate ? withdrawnItems(mandate, inForce, day) : [],
    exclusions: mandate ? [...mandate.exclusions] : [],
    guardScope: mandate && STARTABLE_MANDATE_STATUSES.includes(check.status) ? inForce.map((i) => i.label) : [],
    sessionMinutes: mandate ? mandate.sessionMinutes : null,
  };
}
