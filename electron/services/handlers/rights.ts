import type { erasureCalls } from '../../../shared/erasure/calls';
import type { retentionCalls } from '../../../shared/retention/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

/** Personal-data rights: erasure of one person, and the retention purge's last report. */
export function rightsHandlers(ctx: AppContext): HandlersFor<typeof erasureCalls & typeof retentionCalls> {
  return {
    erasePerson: (input) => ctx.erasure.erase(input),
    getRetentionReport: () => ctx.retention.last(),
    getRetentionNotice: () => ctx.retention.notice(),
    dismissRetentionNotice: () => ctx.retention.dismiss(),
  };
}
