import { describeMandateEvent, MandateEvent, type MandateEventKind, type MandateEventPayload } from '../../../shared/mandate/journal';
import { chainHash, firstBrokenLink, GENESIS_HASH } from '../db/chain';
import { walkChain, type ChainPosition } from '../db/checkpoints';
import { gapMap, TOMBSTONE, type TombstonePayload } from '../db/tombstone';
import type { Db } from '../db/types';
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

/** The fields a journal row's hash covers, in their fixed order. */
export const journalFields = (r: Omit<JournalRow, 'prev_hash' | 'hash'>) => [r.id, r.mandate_id, r.person_id, r.kind, r.at, r.payload];
const fieldsOf = journalFields;

/**
 * The mandate journal: append-only (SQLite triggers refuse UPDATE and DELETE) and
 * hash-chained in rowid order. `append` must run inside an IMMEDIATE transaction (the
 * callers' write transactions are), so that the head read here is still the head when the
 * row is written, even with two processes on one database.
 */
export function createMandateJournal(db: Db) {
  const head = db.prepare<[], string>('SELECT hash FROM mandate_journal ORDER BY rowid DESC LIMIT 1').pluck();
  const insert = db.prepare(
    'INSERT INTO mandate_journal (id, mandate_id, person_id, kind, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const ofPerson = db.prepare<[string], JournalRow>('SELECT * FROM mandate_journal WHERE person_id = ? ORDER BY rowid');
  const hasKind = db.prepare<[string, string], number>('SELECT count(*) FROM mandate_journal WHERE mandate_id = ? AND kind = ?').pluck();
  const all = db.prepare<[], JournalRow>('SELECT * FROM mandate_journal ORDER BY rowid');
  const allAfter = db.prepare<[number, number], JournalRow & { rowid: number }>('SELECT rowid, * FROM mandate_journal WHERE rowid > ? ORDER BY rowid LIMIT ?');
  const tombstones = db.prepare<[], string>(`SELECT payload FROM mandate_journal WHERE kind = '${TOMBSTONE}'`).pluck();

  return {
    /** `mandateId` null for person-level events (a rehearsal, a guide printed without a mandate). */
    append<K extends MandateEventKind>(kind: K, ids: { mandateId: string | null; personId: string }, at: string, payload: MandateEventPayload<K>) {
      // Validated against the journal's own schema: a malformed event is a bug, never stored.
      MandateEvent.parse({ kind, mandateId: ids.mandateId ?? ids.personId, at, payload });
      const id = newId();
      const json = JSON.stringify(payload);
      const prev = (head.get() as string | undefined) ?? GENESIS_HASH;
      const hash = chainHash(prev, fieldsOf({ id, mandate_id: ids.mandateId, person_id: ids.personId, kind, at, payload: json }));
      insert.run(id, ids.mandateId, ids.personId, kind, at, json, prev, hash);
    },
    /**
     * A tombstone belongs to no mandate and no person. `append` validates mandate events only,
     * so the purge writes through here, inside its own IMMEDIATE transaction.
     */
    appendTombstone(payload: TombstonePayload, at: string): void {
      const id = newId();
      const json = JSON.stringify(payload);
      const prev = (head.get() as string | undefined) ?? GENESIS_HASH;
      const hash = chainHash(prev, fieldsOf({ id, mandate_id: null, person_id: null, kind: TOMBSTONE, at, payload: json }));
      insert.run(id, null, null, TOMBSTONE, at, json, prev, hash);
    },
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
    /** Recomputes the whole chain; the first broken row, or null when intact. */
    verify() {
      return firstBrokenLink(all.iterate(), fieldsOf, { gaps: gapMap(tombstones.all() as string[]) });
    },
    /** Like verify, from `from` (a checkpoint, or the first row when null), at most `limit` rows (all when negative). */
    walk(from: ChainPosition | null = null, limit = -1) {
      return walkChain(allAfter.iterate(from?.rowid ?? 0, limit), fieldsOf, from, gapMap(tombstones.all() as string[]));
    },
  };
}

export type MandateJournal = ReturnType<typeof createMandateJournal>;
