import type { Followup, followupsCalls } from '../../shared/followups/calls';
import type { Db } from './db/types';
import { AppError } from './errors';
import type { HandlersFor } from './handler-map';

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

/** Rows are written by the session service, in the same transaction as the logged request. */
export function createFollowupsService(db: Db) {
  const open = db.prepare<[string], Row>("SELECT * FROM followups WHERE person_id = ? AND status = 'pending' ORDER BY requested_at, id");
  const all = db.prepare<[string], Row>('SELECT * FROM followups WHERE person_id = ? ORDER BY requested_at, id');
  const byId = db.prepare<[string], Row>('SELECT * FROM followups WHERE id = ?');
  const setStatus = db.prepare('UPDATE followups SET status = ? WHERE id = ?');
  const list = (personId: string, includeClosed = false): Followup[] => (includeClosed ? all : open).all(personId).map(toFollowup);

  const handlers: HandlersFor<typeof followupsCalls> = {
    listFollowups: ({ personId, includeClosed }) => list(personId, includeClosed),
    setFollowupStatus({ id, status }) {
      if (setStatus.run(status, id).changes === 0) throw new AppError('not_found', 'followups.notFound');
      return toFollowup(byId.get(id)!);
    },
  };

  return { list, handlers };
}

export type FollowupsService = ReturnType<typeof createFollowupsService>;
