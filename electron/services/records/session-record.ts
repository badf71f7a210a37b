import type { SessionSummaryFields } from '../../../shared/records/digests';
import { sessionSealHash } from '../../../shared/records/seal';
import type { EventStore } from '../sessions/event-store';
import type { SessionRow, SessionStore } from '../sessions/session-store';
import type { RecordJournal } from './record-journal';

const summaryOf = (row: SessionRow): SessionSummaryFields => ({
  id: row.id,
  person_id: row.person_id,
  mandate_id: row.mandate_id,
  helper_name: row.helper_name,
  started_at: row.started_at,
  closed_at: row.closed_at,
  outcome: row.outcome,
  recap: row.recap,
  seal: row.seal,
});

/**
 * What a session leaves beyond its events, written in the same transaction as the row it
 * describes: when it opens, the digest of its summary row goes into the record journal;
 * when it closes, its seal (shared/records/seal.ts: its events and its closing summary) is
 * stored on the row — the code printed on the recap — and the closed row's digest is
 * journaled; a summary changed while open (the helper chosen at preparation) is journaled
 * again. Used by the session log and by the large-database generator.
 */
export function createSessionRecorder(stores: { sessions: SessionStore; events: EventStore; records: RecordJournal }) {
  const row = (id: string) => {
    const r = stores.sessions.get(id);
    if (!r) throw new Error(`No session ${id}`);
    return r;
  };
  return {
    opened(sessionId: string, at: number): void {
      stores.records.sessionSaved(summaryOf(row(sessionId)), at);
    },
    /** An open session's digested columns changed (its helper): the new digest, else the check sees a change. */
    changed(sessionId: string, at: number): void {
      stores.records.sessionSaved(summaryOf(row(sessionId)), at);
    },
    closed(sessionId: string, at: number): void {
      const r = row(sessionId);
      const sealed = { id: r.id, personId: r.person_id, mandateId: r.mandate_id, helper: r.helper_name, startedAt: r.started_at, closedAt: r.closed_at, outcome: r.outcome, recap: r.recap };
      const seal = sessionSealHash(sealed, stores.events.stored(sessionId));
      stores.sessions.setSeal(sessionId, seal);
      stores.records.sessionSaved({ ...summaryOf(r), seal }, at);
    },
  };
}

export type SessionRecorder = ReturnType<typeof createSessionRecorder>;
