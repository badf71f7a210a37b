import type { Db } from '../db/types';
import { chainHash, firstBrokenLink, GENESIS_HASH } from '../db/chain';
import { walkChain, type ChainPosition } from '../db/checkpoints';
import { gapMap, TOMBSTONE, type TombstonePayload } from '../db/tombstone';
import { newId } from '../ids';

export interface StoredEvent {
  seq: number;
  type: string;
  at: number;
  payload: Record<string, unknown>;
}

export interface NewEvent {
  type: string;
  at: number;
  [key: string]: unknown;
}

export interface SessionSummary {
  currentStep: string;
  closedAt?: number | null;
  outcome?: string | null;
  /** The recap text, set once at closing (history search indexes it). */
  recap?: string;
}

export interface SessionRow {
  id: string;
  person_id: string;
  mandate_id: string | null;
  helper_name: string;
  started_at: number;
  closed_at: number | null;
  outcome: string | null;
  current_step: string;
  event_count: number;
}

interface EventRow {
  id: string;
  /** Null only for a tombstone. */
  session_id: string | null;
  seq: number;
  type: string;
  at: number;
  payload: string;
  prev_hash: string;
  hash: string;
}

/** The fields a session event's hash covers, in their fixed order. */
export const eventFields = (r: Omit<EventRow, 'prev_hash' | 'hash'>) => [r.id, r.session_id, r.seq, r.type, r.at, r.payload];

/**
 * The durable session log. `append` returns only after SQLite has committed (WAL with
 * synchronous=FULL), so whatever the caller confirms to the UI survives a kill or a
 * power cut. Events of one call are written in one transaction: all or nothing.
 */
export function createEventStore(db: Db) {
  const lastHash = db.prepare<[], { hash: string }>('SELECT hash FROM session_events ORDER BY rowid DESC LIMIT 1').pluck();
  const insertEvent = db.prepare(
    `INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSession = db.prepare(
    `INSERT INTO sessions (id, person_id, mandate_id, helper_name, started_at, current_step, event_count)
     VALUES (@id, @personId, @mandateId, @helperName, @startedAt, @currentStep, 0)`,
  );
  const updateSummary = db.prepare(
    `UPDATE sessions SET current_step = @currentStep, closed_at = coalesce(@closedAt, closed_at),
       outcome = coalesce(@outcome, outcome), event_count = event_count + @added WHERE id = @id`,
  );
  const setRecap = db.prepare('UPDATE sessions SET recap = ? WHERE id = ?');
  const countOf = db.prepare<[string], number>('SELECT event_count FROM sessions WHERE id = ?').pluck();
  const eventsOf = db.prepare<[string], { seq: number; type: string; at: number; payload: string }>(
    'SELECT seq, type, at, payload FROM session_events WHERE session_id = ? ORDER BY seq',
  );
  const sessionById = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const chained = db.prepare<[], EventRow>('SELECT id, session_id, seq, type, at, payload, prev_hash, hash FROM session_events ORDER BY rowid');
  const chainedAfter = db.prepare<[number, number], EventRow & { rowid: number }>(
    'SELECT rowid, id, session_id, seq, type, at, payload, prev_hash, hash FROM session_events WHERE rowid > ? ORDER BY rowid LIMIT ?',
  );
  const tombstones = db.prepare<[], string>(`SELECT payload FROM session_events WHERE type = '${TOMBSTONE}'`).pluck();

  function appendIn(sessionId: string, events: readonly NewEvent[], summary: SessionSummary): StoredEvent[] {
    const start = (countOf.get(sessionId) as number | undefined) ?? 0;
    let prev = (lastHash.get() as string | undefined) ?? GENESIS_HASH;
    const stored = events.map((event, i) => {
      const { type, at, ...payload } = event;
      const seq = start + i + 1;
      const id = newId();
      const json = JSON.stringify(payload);
      const hash = chainHash(prev, eventFields({ id, session_id: sessionId, seq, type, at, payload: json }));
      insertEvent.run(id, sessionId, seq, type, at, json, prev, hash);
      prev = hash;
      return { seq, type, at, payload };
    });
    updateSummary.run({ id: sessionId, currentStep: summary.currentStep, closedAt: summary.closedAt ?? null, outcome: summary.outcome ?? null, added: events.length });
    if (summary.recap !== undefined) setRecap.run(summary.recap, sessionId);
    return stored;
  }

  type NewSession = { id: string; personId: string; mandateId: string | null; helperName: string; startedAt: number; currentStep: string };
  const createTx = db.transaction((session: NewSession, events: readonly NewEvent[]) => {
    insertSession.run(session);
    return appendIn(session.id, events, { currentStep: session.currentStep });
  });
  const appendTx = db.transaction(appendIn);

  // IMMEDIATE: take the write lock before reading the chain head, so two processes on one
  // database can never both chain onto the same previous row.
  return {
    create: (session: NewSession, events: readonly NewEvent[]) => createTx.immediate(session, events),
    append: (sessionId: string, events: readonly NewEvent[], summary: SessionSummary) => appendTx.immediate(sessionId, events, summary),
    events(sessionId: string): StoredEvent[] {
      return eventsOf.all(sessionId).map((r) => ({ seq: r.seq, type: r.type, at: r.at, payload: JSON.parse(r.payload) as Record<string, unknown> }));
    },
    session(sessionId: string): SessionRow | undefined {
      return sessionById.get(sessionId);
    },
    /**
     * Chains a tombstone (no session, seq 0) onto the head, like any event. Only an erasure or
     * the retention purge calls it, inside their own IMMEDIATE transaction.
     */
    appendTombstone(payload: TombstonePayload, at: number): void {
      const prev = (lastHash.get() as string | undefined) ?? GENESIS_HASH;
      const id = newId();
      const json = JSON.stringify(payload);
      const hash = chainHash(prev, eventFields({ id, session_id: null, seq: 0, type: TOMBSTONE, at, payload: json }));
      insertEvent.run(id, null, 0, TOMBSTONE, at, json, prev, hash);
    },
    /** Recomputes the whole chain of session events; the first broken row, or null when intact. */
    verify() {
      return firstBrokenLink(chained.iterate(), eventFields, { gaps: gapMap(tombstones.all() as string[]) });
    },
    /**
     * Recomputes the chain from `from` (a checkpoint, or the first row when null), at most
     * `limit` rows (all when negative): lets the integrity check resume and work in slices.
     */
    walk(from: ChainPosition | null = null, limit = -1) {
      return walkChain(chainedAfter.iterate(from?.rowid ?? 0, limit), eventFields, from, gapMap(tombstones.all() as string[]));
    },
  };
}

export type EventStore = ReturnType<typeof createEventStore>;
