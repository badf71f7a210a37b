import { personDigest, sessionDigest, type PersonFields, type SessionSummaryFields } from '../../../shared/records/digests';
import { createChain, type ChainWriteHook, type RowLink } from '../db/chain';
import { recordJournalChain } from '../db/chains';
import type { WritableDB } from '../db/types';
import { newId } from '../ids';

/** Sets of ids cross into SQL as one JSON array (json_each), whatever their size. */
const IN_SET = '(SELECT value FROM json_each(?))';

export type RecordKind = 'person_saved' | 'session_summary';

/**
 * The record journal (migration 0012), and the only code that writes it: a hash chain of
 * digests (shared/records/digests.ts) of the rows that are not chained themselves — a
 * person's name, phone and notes each time they are saved, a session's summary row when it
 * opens and when it closes. The integrity check recomputes each digest from the row and
 * compares it with the latest journaled (records/summary-check.ts). Append-only like the
 * other chains; only the purge removes rows (gate open), with a tombstone.
 */
export function createRecordJournal(db: WritableDB, onWrite?: ChainWriteHook) {
  const chain = createChain(db, recordJournalChain, onWrite);
  const linksOfPerson = db.prepare<[string], RowLink>('SELECT rowid, prev_hash, hash FROM record_journal WHERE person_id = ? ORDER BY rowid');
  // Rows whose subject is gone: a session the purge removed, or a person it forgot.
  const orphans = db.prepare<[], RowLink>(
    `SELECT rowid, prev_hash, hash FROM record_journal r
     WHERE (r.kind = 'person_saved' AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = r.subject_id))
        OR (r.kind = 'session_summary' AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = r.subject_id))
     ORDER BY rowid`,
  );
  const ofSessions = db.prepare<[string], RowLink>(`SELECT rowid, prev_hash, hash FROM record_journal WHERE subject_id IN ${IN_SET} ORDER BY rowid`);
  const removeRow = db.prepare('DELETE FROM record_journal WHERE rowid = ?');

  function append(kind: RecordKind, subjectId: string, personId: string, payload: { digest: string; seal?: string }, at: number) {
    chain.append([{ id: newId(), subject_id: subjectId, person_id: personId, kind, at, payload: JSON.stringify(payload) }]);
  }

  return {
    chain,
    /** After a person row is written, in the same transaction. */
    personSaved: (p: PersonFields, at: number) => append('person_saved', p.id, p.id, { digest: personDigest(p) }, at),
    /**
     * After a sessions row's summary is written (opened, closed), in the same transaction. A
     * closed session's seal is kept in clear too (a hash, nothing personal): « Vérifier un
     * document » still finds the session by it if the row's copy was changed.
     */
    sessionSaved: (s: SessionSummaryFields, at: number) => append('session_summary', s.id, s.person_id, s.seal ? { digest: sessionDigest(s), seal: s.seal } : { digest: sessionDigest(s) }, at),
    /** Erasure: every row about the person, in chain order. */
    linksOfPerson: (personId: string) => linksOfPerson.all(personId),
    /** Retention, before removing these sessions (a JSON array of ids): their rows. */
    linksOfSessions: (sessionIds: string) => ofSessions.all(sessionIds),
    /** Retention, after its deletions: rows about persons or sessions no longer there. */
    orphanLinks: () => orphans.all(),
    /** Only inside the purge (chain-purge.ts), which declares the gap in a tombstone. */
    removeRow: (rowid: number) => void removeRow.run(rowid),
  };
}

export type RecordJournal = ReturnType<typeof createRecordJournal>;
