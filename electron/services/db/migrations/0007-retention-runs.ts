import type { Migration } from '../types';

/**
 * The retention purge keeps a report of each run (counts only, never who) so the
 * coordinator can see what was forgotten and when; `seen` is set once the start-up notice
 * has been dismissed. The history-search index is switched to FTS5 secure-delete so that an
 * erasure or a purge removes the words of a note from the index itself, not only its row.
 */
export const m0007RetentionRuns: Migration = {
  version: 7,
  name: 'retention-runs',
  up(db) {
    db.exec(`
      CREATE TABLE retention_runs (
        id INTEGER PRIMARY KEY,
        ran_at INTEGER NOT NULL,
        months INTEGER NOT NULL,
        persons INTEGER NOT NULL,
        mandates INTEGER NOT NULL,
        sessions INTEGER NOT NULL,
        session_events INTEGER NOT NULL,
        journal_rows INTEGER NOT NULL,
        followups INTEGER NOT NULL,
        rehearsals INTEGER NOT NULL,
        seen INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO session_search (session_search, rank) VALUES ('secure-delete', 1);
    `);
  },
};
