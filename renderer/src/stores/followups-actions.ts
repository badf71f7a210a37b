import type { Followup } from '../../../shared/followups/calls';
import type { Result } from '../../../shared/ipc/result';
import type { MandateView } from '../../../shared/mandate/calls';
import { api } from '../bridge';
import { refreshQueries } from './query';

export async function setFollowupStatus(id: string, status: Followup['status']) {
  const r = await api().setFollowupStatus({ id, status });
  if (r.ok) refreshQueries('listFollowups');
  return r;
}

/**
 * One call, one transaction: the amendment of the mandate in force listing these requests, and
 * the requests marked planned. Resolves to the new draft, or to null when no mandate is in force
 * (nothing was written: a new mandate is needed, not an amendment).
 */
export async function amendMandateFromFollowups(personId: string, followups: Followup[]): Promise<Result<MandateView | null>> {
  const r = await api().amendMandateFromFollowups({ personId, followupIds: followups.map((f) => f.id) });
  if (!r.ok) return r;
  refreshQueries('listFollowups');
  return { ok: true, value: r.value.draft };
}
