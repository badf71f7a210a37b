import type { followupsCalls } from '../../../shared/followups/calls';
import { AppError } from '../errors';
import type { HandlersFor } from '../handler-map';
import type { FollowupStore } from './store';

/** Follow-ups are listed on the person's file and closed there (planned or dismissed). */
export function createFollowupsService(store: FollowupStore) {
  const handlers: HandlersFor<typeof followupsCalls> = {
    listFollowups: ({ personId, includeClosed }) => store.list(personId, includeClosed),
    setFollowupStatus({ id, status }) {
      if (!store.setStatus(id, status)) throw new AppError('not_found', 'followups.notFound');
      return store.get(id)!;
    },
  };
  return { handlers };
}
