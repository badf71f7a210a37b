import type { followupsCalls } from '../../../shared/followups/calls';
import type { MandateView } from '../../../shared/mandate/calls';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { HandlersFor } from './types';

export function followupsHandlers(ctx: AppContext): HandlersFor<typeof followupsCalls> {
  const { db, followups, mandates, persons, bus } = ctx;

  /**
   * One IMMEDIATE transaction: the amendment (its mandate row and journal row, written by the
   * mandates service's own transaction, nested here as a savepoint) and the requests marked
   * planned commit together or not at all, so a crash never leaves an amendment listing requests
   * still shown as waiting. The requests are read under the write lock: another window may have
   * just dismissed one.
   */
  const amend = db.transaction((personId: string, followupIds: string[]): MandateView | null => {
    persons.get(personId);
    const waiting = followups.list(personId);
    const chosen = [...new Set(followupIds)].map((id) => {
      const found = waiting.find((f) => f.id === id);
      if (!found) throw new AppError('not_found', 'followups.notFound');
      return found;
    });
    const inForce = mandates.checkForPerson(personId, mandates.today()).mandate;
    if (!inForce) return null;
    const draft = mandates.startAmendment(
      inForce.id,
      chosen.map((f) => ({ label: f.text.slice(0, 200) })),
    );
    for (const f of chosen) followups.setStatus(f.id, 'planned');
    return draft;
  });

  return {
    listFollowups: ({ personId, includeClosed }) => followups.list(personId, includeClosed),
    setFollowupStatus: ({ id, status }) => followups.setStatus(id, status),
    amendMandateFromFollowups: ({ personId, followupIds }) => {
      const draft = amend.immediate(personId, followupIds);
      if (draft) bus.emit('mandatesChanged', { personId });
      return { draft };
    },
  };
}
