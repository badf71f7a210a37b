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
 * Starts an amendment of the mandate in force listing these requests, and marks them planned.
 * Resolves to the new draft, or to null when no mandate is in force (a new mandate is needed).
 */
export async function amendMandateFromFollowups(personId: string, followups: Followup[]): Promise<Result<MandateView | null>> {
  const check = await api().checkMandateForPerson({ personId });
  if (!check.ok) return check;
  const mandateId = check.value.mandate?.id;
  if (!mandateId) return { ok: true, value: null };
  const r = await api().startMandateAmendment({ id: mandateId, extraItems: followups.map((f) => ({ label: f.text.slice(0, 200) })) });
  if (!r.ok) return r;
  for (const f of followups) await api().setFollowupStatus({ id: f.id, status: 'planned' });
  refreshQueries('listFollowups');
  return r;
}

