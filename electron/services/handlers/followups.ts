import type { followupsCalls } from '../../../shared/followups/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

export function followupsHandlers(ctx: AppContext): HandlersFor<typeof followupsCalls> {
  return {
    listFollowups: ({ personId, includeClosed }) => ctx.followups.list(personId, includeClosed),
    setFollowupStatus: ({ id, status }) => ctx.followups.setStatus(id, status),
  };
}
