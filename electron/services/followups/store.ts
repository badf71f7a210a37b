import type { Followup } from '../../../shared/followups/calls';
import type { WritableDB } from '../db/types';

interface Row {
  id: string;
  person_id: string;
  session_id: string | null;
  text: string;
  requested_at: number;
  status: Followup['status'];
}

const toFollowup = (r: Row): Followup => ({
  id: r.id,
  personId: r.person_id,
  sessionId: r.session_id,
  text: r.text,
  requestedAt: r.requested_at,
  status: r.status,
});

/** Sets of ids cross into SQL as one JSON array (json_each), whatever their size. */
const IN_SET = '(SELECT value FROM json_each(?))';

/**
 * The followups table, and the only code that writes it. A follow-up is written by the
 * session service in the same transaction as the logged request, so the two never disagree.
 */
export function createFollowupStore(db: WritableDB) {
  const insert = db.prepare('INSERT INTO followups (id, person_id, session_id, text, requested_at, status) VALUES (@id, @personId, @sessionId, @text, @requestedAt, @status)');
  const pending = db.prepare<[string], Row>("SELECT * FROM followups WHERE person_id = ? AND status = 'pending' ORDER BY requested_at, id");
  const all = db.prepare<[string], Row>('SELECT * FROM followups WHERE person_id = ? ORDER BY requested_at, id');
  const byId = db.prepare<[string], Row>('SELECT * FROM followups WHERE id = ?');
  const setStatus = db.prepare('UPDATE followups SET status = ? WHERE id = ?');
  const countOf = db.prepare<[string], number>('SELECT count(*) FROM followups WHERE person_id = ?').pluck();
  const removeOfSessions = db.prepare(`DELETE FROM followups WHERE session_id IN ${IN_SET}`);

  return {
    insert: (f: Followup) => void insert.run(f),
    list: (personId: string, includeClosed = false): Followup[] => (includeClosed ? all : pending).all(personId).map(toFollowup),
    get(id: string): Followup | undefined {
      const row = byId.get(id);
      return row && toFollowup(row);
    },
    /** False when there is no such follow-up. */
    setStatus: (id: string, status: Followup['status']) => setStatus.run(status, id).changes > 0,
    countOf: (personId: string) => countOf.get(personId) ?? 0,
    /** Retention: the follow-ups of sessions about to go (`sessionIds` a JSON array); how many went. */
    removeOfSessions: (sessionIds: string) => removeOfSessions.run(sessionIds).changes,
  };
}

export type FollowupStore = ReturnType<typeof createFollowupStore>;
