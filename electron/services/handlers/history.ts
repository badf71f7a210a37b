import type { historyCalls } from '../../../shared/history/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

export function historyHandlers(ctx: AppContext): HandlersFor<typeof historyCalls> {
  const { history } = ctx;
  return {
    listHistory: ({ filters, page, pageSize }) => history.list(filters, { page, pageSize }),
    searchHistory: ({ text, filters, page, pageSize }) => history.search(text, filters, { page, pageSize }),
    listHistoryHelpers: () => history.helpers(),
    sessionTimeline: ({ sessionId }) => history.timeline(sessionId),
  };
}
