import type { Migration } from '../types';

/**
 * A confirmed event dirtied four pages of the log (the row, the index of its `id`, the index of
 * its session and seq, the keyed seal) where a bare insert dirties two, and each page is a WAL
 * frame written and synced before the helper sees the event as done. Nothing ever looks an event
 * up by its `id`: the chain orders and checks rows by rowid, and a session reads its events
 * through (session_id, seq). The table is rebuilt without the primary key on `id` (its index
 * goes with it), so an event costs three pages. `id` stays, NOT NULL and covered by the row's
 * hash as before; rowids are copied, so the chain and every seal and checkpoint naming a rowid
 * read the same rows. The indexes and triggers of 0004, 0005/0008 and 0012 are made again.
 */
export const m0016EventRowidOnly: Migration = {
  version: 16,
  name: 'event-rowid-only',
  up(db) {
    db.exec(`
      DROP TRIGGER session_events_no_update;
      DROP TRIGGER session_events_no_delete;
      DROP TRIGGER session_search_note_gone;
      CREATE TABLE session_events_v16 (
        id TEXT NOT NULL,
        session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        at INTEGER NOT NULL,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (session_id, seq),
        CHECK ((session_id IS NULL) = (type = 'tombstone'))
      ) STRICT;
      INSERT INTO session_events_v16 (rowid, id, session_id, seq, type, at, payload, prev_hash, hash)
        SELECT rowid, id, session_id, seq, type, at, payload, prev_hash, hash FROM session_events ORDER BY rowid;
      DROP TABLE session_events;
      ALTER TABLE session_events_v16 RENAME TO session_events;
      CREATE INDEX session_events_tombstones ON session_events(type) WHERE type = 'tombstone';
      CREATE INDEX session_events_closings ON session_events(session_id) WHERE type = 'session_closed';

      CREATE TRIGGER session_events_no_update BEFORE UPDATE ON session_events
        BEGIN SELECT RAISE(ABORT, 'session events are never edited'); END;
      CREATE TRIGGER session_events_no_delete BEFORE DELETE ON session_events
        WHEN (SELECT open FROM purge_gate WHERE id = 1) = 0
        BEGIN SELECT RAISE(ABORT, 'session events are never deleted'); END;
      CREATE TRIGGER session_search_note_gone AFTER DELETE ON session_events WHEN OLD.type = 'note_added'
        BEGIN DELETE FROM session_search WHERE rowid = (SELECT rowid FROM sessions WHERE id = OLD.session_id) * 16777216 + OLD.seq; END;
    `);
  },
};
