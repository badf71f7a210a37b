import { describeMandateEvent, MandateEvent, type MandateEventKind, type MandateEventPayload } from '../../../shared/mandate/journal';
import { createChain, type ChainWriteHook, type RowLink } from '../db/chain';
import { mandateJournalChain } from '../db/chains';
import type { WritableDB } from '../db/types';
import { newId } from '../ids';

export interface JournalRow {
  id: string;
  mandate_id: string | null;
  person_id: string | null;
  kind: string;
  at: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

/** Sets of ids cross into SQL as one JSON array (json_each), whatever their size. */
const IN_SET = '(SELECT value FROM json_each(?))';

/**
 * The mandate journal, and the only code that writes it (rows are chained by db/chain.ts):
 * append-only (SQLite triggers refuse UPDATE and DELETE) and hash-chained in rowid order.
 * `append` must run inside an IMMEDIATE transaction: the callers' write transactions are.
 * Only the purge removes rows (`removeRow`, gate open), with a tombstone.
 */
export function createMandateJournal(db: WritableDB, onWrite?: ChainWriteHook) {
  const chain = createChain(db, mandateJournalChain, onWrite);
  const linksOfPerson = db.prepare<[string, string], RowLink>(
    'SELECT rowid, prev_hash, hash FROM mandate_journal WHERE person_id = ? OR mandate_id IN (SELECT id FROM mandates WHERE person_id = ?) ORDER BY rowid',
  );
  const linksForRetention = db.prepare<[string, string], RowLink>(
    `SELECT rowid, prev_hash, hash FROM mandate_journal
     WHERE mandate_id IN ${IN_SET} OR (mandate_id IS NULL AND person_id IS NOT NULL AND at < ?) ORDER BY rowid`,
  );
  const removeRow = db.prepare('DELETE FROM mandate_journal WHERE rowid = ?');
  const ofPerson = db.prepare<[string], JournalRow>('SELECT * FROM mandate_journal WHERE person_id = ? ORDER BY rowid');
  const hasKind = db.prepare<[string, string], number>('SELECT count(*) FROM mandate_journal WHERE mandate_id = ? AND kind = ?').pluck();

  return {
    /** `mandateId` null for person-level events (a rehearsal, a guide printed without a mandate). */
    append<K extends MandateEventKind>(kind: K, ids: { mandateId: string | null; personId: string }, at: string, payload: MandateEventPayload<K>) {
      // Validated against the journal's own schema: a malformed event is a bug, never stored.
      MandateEvent.parse({ kind, mandateId: ids.mandateId ?? ids.personId, at, payload });
      chain.append([{ id: newId(), mandate_id: ids.mandateId, person_id: ids.personId, kind, at, payload: JSON.stringify(payload) }]);
    },
    chain,
    /** Erasure: every row about the person or one of their mandates, in chain order. */
    linksOfPerson: (personId: string) => linksOfPerson.all(personId, personId),
    /** Retention: the rows of these mandates (a JSON array of ids) and person-level rows older than `cutoffIso`. */
    linksForRetention: (mandateIds: string, cutoffIso: string) => linksForRetention.all(mandateIds, cutoffIso),
    /** Only inside the purge (chain-purge.ts), which declares the gap in a tombstone. */
    removeRow: (rowid: number) => void removeRow.run(rowid),
    has: (mandateId: string, kind: MandateEventKind) => (hasKind.get(mandateId, kind) as number) > 0,
    ofPerson(personId: string) {
      return ofPerson.all(personId).map((r) => ({
        id: r.id,
        mandateId: r.mandate_id,
        kind: r.kind,
        at: r.at,
        ...describeMandateEvent(MandateEvent.parse({ kind: r.kind, mandateId: r.mandate_id ?? r.person_id, at: r.at, payload: JSON.parse(r.payload) })),
      }));
    },
  };
}

export type MandateJournal = ReturnType<typeof createMandateJournal>;
