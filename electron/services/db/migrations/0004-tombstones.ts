import type { Migration } from '../types';

/**
 * Erasure and retention remove chained rows, and each writes a tombstone into the same
 * chain (see db/tombstone.ts). A session-event tombstone belongs to no session, so the
 * table is rebuilt with session_id nullable for tombstones only; rowids are copied so the
 * chain order is unchanged.
 */
export const m0004Tombstones: Migration = {
  version: 4,
  name: 'tombstones',
  up(db) {
    db.exec(`
      DROP TRIGGER session_events_no_update;
      DROP TRIGGER session_events_no_delete;
      CREATE TABLE session_events_v4 (
        id TEXT PRIMARY KEY NOT NULL,
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
      INSERT INTO session_events_v4 (rowid, id, session_id, seq, type, at, payload, prev_hash, hash)
        SELECT rowid, id, session_id, seq, type, at, payload, prev_hash, hash FROM session_events ORDER BY rowid;
      DROP TABLE session_events;
      ALTER TABLE session_events_v4 RENAME TO session_events;
      CREATE INDEX session_events_tombstones ON session_events(type) WHERE type = 'tombstone';
      CREATE INDEX mandate_journal_tombstones ON mandate_journal(kind) WHERE kind = 'tombstone';

      CREATE TRIGGER session_events_no_update BEFORE UPDATE ON session_events
        BEGIN SELECT RAISE(ABORT, 'session events are never edited'); END;
      CREATE TRIGGER session_events_no_delete BEFORE DELETE ON session_events
        WHEN (SELECT open FROM purge_gate WHERE id = 1) = 0
        BEGIN SELECT RAISE(ABORT, 'session events are never deleted'); END;
    `);
  },
};
