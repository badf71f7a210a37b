import type { Migration } from '../types';

/**
 * Guided sessions. The event log is the truth (the state is a fold of it); the sessions
 * row is a summary kept in the same transaction for listing. Events are append-only and
 * hash-chained like the mandate journal.
 */
export const m0003Sessions: Migration = {
  version: 3,
  name: 'sessions',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY NOT NULL,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        mandate_id TEXT REFERENCES mandates(id),
        helper_name TEXT NOT NULL DEFAULT '',
        started_at INTEGER NOT NULL,
        closed_at INTEGER,
        outcome TEXT,
        current_step TEXT NOT NULL,
        event_count INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX sessions_person ON sessions(person_id, started_at);
      CREATE INDEX sessions_open ON sessions(closed_at) WHERE closed_at IS NULL;

      CREATE TABLE session_events (
        id TEXT PRIMARY KEY NOT NULL,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        at INTEGER NOT NULL,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (session_id, seq)
      ) STRICT;

      CREATE TABLE followups (
        id TEXT PRIMARY KEY NOT NULL,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending'
      ) STRICT;
      CREATE INDEX followups_person ON followups(person_id, status);

      CREATE TRIGGER session_events_no_update BEFORE UPDATE ON session_events
        BEGIN SELECT RAISE(ABORT, 'session events are never edited'); END;
      CREATE TRIGGER session_events_no_delete BEFORE DELETE ON session_events
        WHEN (SELECT open FROM purge_gate WHERE id = 1) = 0
        BEGIN SELECT RAISE(ABORT, 'session events are never deleted'); END;
    `);
  },
};
