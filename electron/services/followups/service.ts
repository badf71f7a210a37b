import type { followupsCalls } from '../../../shared/followups/calls';
import type { MandateView } from '../../../shared/mandate/calls';
import type { WritableDB } from '../db/types';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import type { MandatesService } from '../mandates/service';
import type { PersonsService } from '../persons/service';
import type { FollowupStore } from './store';

export interface FollowupsDeps {
  db: WritableDB;
  store: FollowupStore;
  persons: PersonsService;
  mandates: MandatesService;
  bus: EventBus;
}

/**
 * Follow-ups are listed on the person's file and closed there (planned or dismissed), or
 * taken into an amended mandate.
 */
export function createFollowupsService({ db, store, persons, mandates, bus }: FollowupsDeps) {
  /**
   * One IMMEDIATE transaction: the amendment (its mandate row and journal row, written by the
   * mandates service's own transaction, nested here as a savepoint) and the requests marked
   * planned commit together or not at all, so a crash never leaves an amendment listing requests
   * still shown as waiting. The requests are read under the write lock: another window may have
   * just dismissed one.
   */
  const amendWith = db.transaction((personId: string, followupIds: string[]): MandateView | null => {
    persons.get(personId);
    const waiting = store.list(personId);
    const chosen = [...new Set(followupIds)].map((id) => {
      const found = waiting.find((f) => f.id === id);
      if (!found) throw new AppError('not_found', 'followups.notFound');
      return found;
    });
    // A revoked mandate is not amended (a new one is needed), nor a draft (it is edited directly).
    const { check, mandate } = mandates.checkForPerson(personId, mandates.today());
    if (!mandate || check.status === 'revoked' || mandate.consent === null) return null;
    const draft = mandates.amend(
      mandate.id,
      chosen.map((f) => ({ label: f.text.slice(0, 200) })),
    );
    for (const f of chosen) store.setStatus(f.id, 'planned');
    return draft;
  });

  const handlers: HandlersFor<typeof followupsCalls> = {
    listFollowups: ({ personId, includeClosed }) => store.list(personId, includeClosed),
    setFollowupStatus({ id, status }) {
      if (!store.setStatus(id, status)) throw new AppError('not_found', 'followups.notFound');
      return store.get(id)!;
    },
    amendMandateFromFollowups({ personId, followupIds }) {
      const draft = amendWith.immediate(personId, followupIds);
      if (draft) bus.emit('mandatesChanged', { personId });
      return { draft };
    },
  };
  return { handlers };
}
