import { createChain } from '../db/chain';
import { sessionEventsChain } from '../db/chains';
import type { Db } from '../db/types';
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

/**
 * The durable session log. `append` returns only after SQLite has committed (WAL with
 * synchronous=FULL), so whatever the caller confirms to the UI survives a kill or a
 * power cut. Events of one call are written in one transaction: all or nothing.
 */
export function createEventStore(db: Db) {
  const chain = createChain(db, sessionEventsChain);
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

  function appendIn(sessionId: string, events: readonly NewEvent[], summary: SessionSummary): StoredEvent[] {
    const start = countOf.get(sessionId) ?? 0;
    const stored: StoredEvent[] = [];
    const rows = events.map((event, i) => {
      const { type, at, ...payload } = event;
      const seq = start + i + 1;
      stored.push({ seq, type, at, payload });
      return { id: newId(), session_id: sessionId, seq, type, at, payload: JSON.stringify(payload) };
    });
    chain.append(rows);
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
  };
}

export type EventStore = ReturnType<typeof createEventStore>;
