import type { Migration } from '../types';

/**
 * The sessions row stops counting its events: the count was only there to number the next
 * event, which the log reads from its own (session_id, seq) index, and keeping it meant
 * rewriting the sessions row at every append. The row now changes only when what it
 * summarises changes (the step, the closing, the recap).
 */
export const m0009NoEventCount: Migration = {
  version: 9,
  name: 'no-event-count',
  up(db) {
    db.exec('ALTER TABLE sessions DROP COLUMN event_count');
  },
};
