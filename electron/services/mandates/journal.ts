import { describeMandateEvent, MandateEvent, type MandateEventKind, type MandateEventPayload } from '../../../shared/mandate/journal';
import { createChain } from '../db/chain';
import { mandateJournalChain } from '../db/chains';
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

/**
 * The mandate journal: append-only (SQLite triggers refuse UPDATE and DELETE) and
 * hash-chained in rowid order (db/chain.ts). `append` must run inside an IMMEDIATE
 * transaction: the callers' write transactions are.
 */
export function createMandateJournal(db: Db) {
  const chain = createChain(db, mandateJournalChain);
  const ofPerson = db.prepare<[string], JournalRow>('SELECT * FROM mandate_journal WHERE person_id = ? ORDER BY rowid');
  const hasKind = db.prepare<[string, string], number>('SELECT count(*) FROM mandate_journal WHERE mandate_id = ? AND kind = ?').pluck();

  return {
    /** `mandateId` null for person-level events (a rehearsal, a guide printed without a mandate). */
    append<K extends MandateEventKind>(kind: K, ids: { mandateId: string | null; personId: string }, at: string, payload: MandateEventPayload<K>) {
      // Validated against the journal's own schema: a malformed event is a bug, never stored.
      MandateEvent.parse({ kind, mandateId: ids.mandateId ?? ids.personId, at, payload });
      chain.append([{ id: newId(), mandate_id: ids.mandateId, person_id: ids.personId, kind, at, payload: JSON.stringify(payload) }]);
    },
    has: (mandateId: string, kind: MandateEventKind) => (hasKind.get(mandateId, kind) as number) > 0,
    ofPerson(personId: string) {
      return ofPerson.all(personId).map((r) => ({
        id: r.id,
        mandateId: r.mandate_id,
        kind: r.kind,
        at: r.at,
        text: describeMandateEvent(MandateEvent.parse({ kind: r.kind, mandateId: r.mandate_id ?? r.person_id, at: r.at, payload: JSON.parse(r.payload) })),
      }));
    },
  };
}

export type MandateJournal = ReturnType<typeof createMandateJournal>;
