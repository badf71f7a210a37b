import type { erasureCalls, ErasureReport } from '../../../shared/erasure/calls';
import { foldForSearch } from '../../../shared/text/normalize';
import type { WritableDB } from '../db/types';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import type { Stores } from '../stores';
import { createChainPurge, flushWal } from './chain-purge';

/**
 * Right to erasure: one person and everything about them, in one IMMEDIATE transaction.
 * Deleting the persons row cascades to their sessions (and so their session events and
 * search entries), follow-ups, mandates (and per-item revocations) and rehearsals; the
 * mandate journal has no foreign key, so its rows are deleted explicitly. Each chain that
 * lost rows gets a tombstone without personal data, so both still verify.
 *
 * A person with a session still open is refused, not closed on their behalf: the helper
 * may be on the phone with them right now, and closing would write a recap that is then
 * thrown away. The helper ends the session first, then erases.
 *
 * The tombstones name who erased (`unlockedHelperId`, or the association when `unlockedByPhrase`).
 */
export function createErasure(db: WritableDB, stores: Stores, bus: EventBus, now: () => Date, unlockedHelperId: () => string | null = () => null, unlockedByPhrase: () => boolean = () => false) {
  const purge = createChainPurge(db, stores);

  const byHelper = () => {
    const id = unlockedHelperId();
    const profile = id ? stores.helpers.get(id) : undefined;
    if (profile) return { id: profile.id, name: profile.displayName };
    return unlockedByPhrase() ? { recovery: true as const } : undefined;
  };

  const erase = db.transaction((id: string, confirmName: string): ErasureReport => {
    const name = stores.persons.get(id)?.name;
    if (name === undefined) throw new AppError('not_found', 'persons.notFound');
    // Accents, capitals and spaces do not matter: the point is that the helper means this person.
    if (foldForSearch(confirmName) !== foldForSearch(name)) {
      throw new AppError('invalid_input', 'erasure.nameMismatch', undefined, { confirmName: { key: 'erasure.nameMismatch' } });
    }
    if (stores.sessions.openCountOf(id) > 0) {
      throw new AppError('conflict', 'erasure.sessionOpen');
    }
    const erasedAt = now().getTime();
    const report = {
      mandates: stores.mandates.countOf(id),
      sessions: stores.sessions.countOf(id),
      followups: stores.followups.countOf(id),
      rehearsals: stores.rehearsals.countOf(id),
    };
    const removed = purge(
      'erasure',
      {
        sessionEvents: stores.events.linksOfPerson(id),
        journal: stores.journal.linksOfPerson(id),
        remove: () => stores.persons.remove(id),
        records: () => stores.records.linksOfPerson(id),
      },
      erasedAt,
      byHelper(),
    );
    return { ...report, sessionEvents: removed.sessionEvents, journalRows: removed.journalRows, erasedAt };
  });

  const handlers: HandlersFor<typeof erasureCalls> = {
    erasePerson({ id, confirmName }) {
      const report = erase.immediate(id, confirmName);
      flushWal(db);
      bus.emit('personsChanged', { personId: id });
      return report;
    },
  };

  return { handlers };
}

export type Erasure = ReturnType<typeof createErasure>;
