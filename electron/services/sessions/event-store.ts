import { createChain, headQuery, type ChainWriteHook, type RowLink } from '../db/chain';
import { sessionEventsChain } from '../db/chains';
import type { WritableDB } from '../db/types';
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

/** Sets of ids cross into SQL as one JSON array (json_each), whatever their size. */
const IN_SET = '(SELECT value FROM json_each(?))';

/**
 * The session_events table, and the only code that writes it: each event a chained row
 * (db/chain.ts) numbered within its session. Rows go only by cascade from their session,
 * inside the purge, which declares the gap in a tombstone.
 */
export function createEventStore(db: WritableDB, onWrite?: ChainWriteHook) {
  const chain = createChain(db, sessionEventsChain, onWrite);
  const eventsOf = db.prepare<[string], { seq: number; type: string; at: number; payload: string }>(
    'SELECT seq, type, at, payload FROM session_events WHERE session_id = ? ORDER BY seq',
  );
  // Where the next event goes, in one statement: the chain's head and the session's last seq.
  const position = db.prepare<[string], { head: string | null; last: number }>(
    `SELECT (${headQuery(sessionEventsChain)}) AS head, (SELECT coalesce(max(seq), 0) FROM session_events WHERE session_id = ?) AS last`,
  );
  const linksOfPerson = db.prepare<[string], RowLink>(
    'SELECT rowid, prev_hash, hash FROM session_events WHERE session_id IN (SELECT id FROM sessions WHERE person_id = ?) ORDER BY rowid',
  );
  const linksOfSessions = db.prepare<[string], RowLink>(`SELECT rowid, prev_hash, hash FROM session_events WHERE session_id IN ${IN_SET} ORDER BY rowid`);

  return {
    chain,
    /** Chains `events` after the session's last one; inside the caller's IMMEDIATE transaction. */
    append(sessionId: string, events: readonly NewEvent[]): StoredEvent[] {
      const { head, last } = position.get(sessionId)!;
      const stored: StoredEvent[] = [];
      const rows = events.map((event, i) => {
        const { type, at, ...payload } = event;
        const seq = last + i + 1;
        stored.push({ seq, type, at, payload });
        return { id: newId(), session_id: sessionId, seq, type, at, payload: JSON.stringify(payload) };
      });
      chain.append(rows, head);
      return stored;
    },
    events(sessionId: string): StoredEvent[] {
      return eventsOf.all(sessionId).map((r) => ({ seq: r.seq, type: r.type, at: r.at, payload: JSON.parse(r.payload) as Record<string, unknown> }));
    },
    /** The session's events exactly as stored (payload as text): what its seal covers. */
    stored: (sessionId: string) => eventsOf.all(sessionId),
    /** Erasure: the events of every session of the person, in chain order. */
    linksOfPerson: (personId: string) => linksOfPerson.all(personId),
    /** Retention: the events of these sessions (a JSON array of ids), in chain order. */
    linksOfSessions: (sessionIds: string) => linksOfSessions.all(sessionIds),
  };
}

export type EventStore = ReturnType<typeof createEventStore>;
