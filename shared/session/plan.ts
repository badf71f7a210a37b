import { foldForSearch } from '../text/normalize';
import { LIMITS } from './event-values';

/**
 * What may be planned today, offered at preparation: the mandate's actions in force, and the
 * requests noted in earlier sessions (follow-ups) that a newer mandate now covers — either because
 * the mandate was amended with them (the same words), or because one of its actions covers them.
 * The helper ticks what is planned; the recap then reports on that, not on a whole year's mandate.
 */

export interface PlanCandidate {
  /** The mandate item's id, or `followup:<id>` for a request an action covers without naming it. */
  id: string;
  label: string;
  /** The request of an earlier session this line answers. */
  followupId?: string;
  requestedAt?: number;
  /** The mandate's action that covers a request (not set on the actions themselves). */
  coveredBy?: string;
}

export interface PendingRequest {
  id: string;
  text: string;
  requestedAt: number;
}

const FOLLOWUP_PREFIX = 'followup:';

export const followupPlanId = (followupId: string) => `${FOLLOWUP_PREFIX}${followupId}`;

/**
 * @param items the mandate's actions in force (withdrawn ones never), in the mandate's order
 * @param requests follow-ups still waiting that were noted before this mandate was drawn up
 * @param covering the action that covers a request, or null (the scope guard, in the service)
 */
export function planCandidates(
  items: readonly { id: string; label: string }[],
  requests: readonly PendingRequest[],
  covering: (text: string) => string | null,
): PlanCandidate[] {
  const byLabel = new Map(items.map((i) => [foldForSearch(i.label), i.id]));
  const answered = new Map<string, PendingRequest>();
  const extra: PlanCandidate[] = [];
  for (const r of requests) {
    const itemId = byLabel.get(foldForSearch(r.text));
    if (itemId !== undefined) {
      if (!answered.has(itemId)) answered.set(itemId, r);
      continue;
    }
    const coveredBy = covering(r.text);
    if (coveredBy === null) continue;
    extra.push({ id: followupPlanId(r.id), label: r.text.slice(0, LIMITS.scopeLabel), followupId: r.id, requestedAt: r.requestedAt, coveredBy });
  }
  const actions = items.map((i): PlanCandidate => {
    const r = answered.get(i.id);
    return r ? { id: i.id, label: i.label, followupId: r.id, requestedAt: r.requestedAt } : { id: i.id, label: i.label };
  });
  return [...actions, ...extra];
}
