import type { erasureCalls, ErasureReport } from '../../../shared/erasure/calls';
import { foldForSearch } from '../../../shared/text/normalize';
import type { Db } from '../db/types';
import { errorText } from '../../../shared/errors/catalogue';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import { createChainPurge, flushWal, type DoomedRow } from './chain-purge';

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
 */
export function createErasure(db: Db, bus: EventBus, now: () => Date) {
  const purge = createChainPurge(db);
  const personName = db.prepare<[string], string>('SELECT name FROM persons WHERE id = ?').pluck();
  const openSessions = db.prepare<[string], number>('SELECT count(*) FROM sessions WHERE person_id = ? AND closed_at IS NULL').pluck();
  const eventsOf = db.prepare<[string], DoomedRow>(
    'SELECT rowid, prev_hash, hash FROM session_events WHERE session_id IN (SELECT id FROM sessions WHERE person_id = ?) ORDER BY rowid',
  );
  const journalOf = db.prepare<[string, string], DoomedRow>(
    'SELECT rowid, prev_hash, hash FROM mandate_journal WHERE person_id = ? OR mandate_id IN (SELECT id FROM mandates WHERE person_id = ?) ORDER BY rowid',
  );
  const count = (table: string) => db.prepare<[string], number>(`SELECT count(*) FROM ${table} WHERE person_id = ?`).pluck();
  const counts = { mandates: count('mandates'), sessions: count('sessions'), followups: count('followups'), rehearsals: count('rehearsals') };
  const deletePerson = db.prepare('DELETE FROM persons WHERE id = ?');

  const erase = db.transaction((id: string, confirmName: string): ErasureReport => {
    const name = personName.get(id) as string | undefined;
    if (name === undefined) throw new AppError('not_found', 'persons.notFound');
    // Accents, capitals and spaces do not matter: the point is that the helper means this person.
    if (foldForSearch(confirmName) !== foldForSearch(name)) {
      throw new AppError('invalid_input', 'erasure.nameMismatch', undefined, { confirmName: errorText('erasure.nameMismatch', 'fr') });
    }
    if ((openSessions.get(id) as number) > 0) {
      throw new AppError('conflict', 'erasure.sessionOpen');
    }
    const erasedAt = now().getTime();
    const report = {
      mandates: counts.mandates.get(id) as number,
      sessions: counts.sessions.get(id) as number,
      followups: counts.followups.get(id) as number,
      rehearsals: counts.rehearsals.get(id) as number,
    };
    const removed = purge(
      'erasure',
      { sessionEvents: eventsOf.all(id), journal: journalOf.all(id, id), remove: () => deletePerson.run(id) },
      erasedAt,
    );
    return { ...report, ...removed, erasedAt };
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
