import type { WritableDB } from '../db/types';
import { createRecordJournal } from '../records/record-journal';
import { createSessionRecorder, type SessionRecorder } from '../records/session-record';
import { createEventStore, type EventStore, type NewEvent, type StoredEvent } from './event-store';
import { createSessionStore, type NewSession, type SessionStore, type SessionSummary } from './session-store';

/**
 * The durable session log: events and the session's summary row written together. Each
 * call returns only after SQLite has committed (WAL with synchronous=FULL), so whatever the
 * caller confirms to the UI survives a kill or a power cut; the events of one call are all
 * or nothing. IMMEDIATE: the write lock is taken before the chain head is read, so two
 * processes on one database can never both chain onto the same previous row.
 */
export function createSessionLog(
  db: WritableDB,
  sessions: SessionStore = createSessionStore(db),
  events: EventStore = createEventStore(db),
  recorder: SessionRecorder = createSessionRecorder({ sessions, events, records: createRecordJournal(db) }),
) {
  /** `summary` when the events change what the sessions row says (the step, the closing). */
  function appendIn(sessionId: string, added: readonly NewEvent[], summary?: SessionSummary): StoredEvent[] {
    const stored = events.append(sessionId, added);
    if (summary) sessions.updateSummary(sessionId, summary);
    // The closing: the row's seal and its digest in the record journal, with it.
    if (summary?.closedAt != null) recorder.closed(sessionId, summary.closedAt);
    // The helper named on the row is in its digest: journaled again when preparation changes it.
    else if (summary?.helper !== undefined && added.length > 0) recorder.changed(sessionId, added[added.length - 1]!.at);
    return stored;
  }
  const createTx = db.transaction((session: NewSession, added: readonly NewEvent[]) => {
    sessions.insert(session);
    const stored = appendIn(session.id, added, { currentStep: session.currentStep });
    recorder.opened(session.id, session.startedAt);
    return stored;
  });
  const appendTx = db.transaction(appendIn);

  return {
    create: (session: NewSession, added: readonly NewEvent[]) => createTx.immediate(session, added),
    append: (sessionId: string, added: readonly NewEvent[], summary?: SessionSummary) => appendTx.immediate(sessionId, added, summary),
    events: events.events,
    session: sessions.get,
  };
}

export type SessionLog = ReturnType<typeof createSessionLog>;
