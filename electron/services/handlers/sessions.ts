import type { sessionCalls } from '../../../shared/session/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

export function sessionsHandlers(ctx: AppContext): HandlersFor<typeof sessionCalls> {
  const { sessions } = ctx;
  return {
    startSession: ({ personId }) => sessions.start(personId),
    getSession: ({ sessionId }) => sessions.get(sessionId),
    sessionCommand: ({ sessionId, command }) => sessions.command(sessionId, command),
    listOpenSessions: () => sessions.listOpen(),
    listPersonSessions: ({ personId }) => sessions.listForPerson(personId),
  };
}
