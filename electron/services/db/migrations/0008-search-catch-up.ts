import type { Migration } from '../types';

/**
 * Notes reach the history-search index in batches instead of one by one inside each
 * append: an FTS5 insert flushes a segment of its own at every commit, which cost a
 * durable append more than the rest of it together. `search_progress` says up to which
 * session-event rowid the notes are indexed; sessions/search-index.ts indexes the rest,
 * in one transaction, before a search reads the index. Everything already there was
 * indexed by 0005's trigger. Recaps (one per session, at closing) keep their trigger, and
 * removals keep theirs.
 */
export const m0008SearchCatchUp: Migration = {
  version: 8,
  name: 'search-catch-up',
  up(db) {
    db.exec(`
      DROP TRIGGER session_search_note;
      CREATE TABLE search_progress (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        indexed_through INTEGER NOT NULL
      ) STRICT;
      INSERT INTO search_progress (id, indexed_through) VALUES (1, coalesce((SELECT max(rowid) FROM session_events), 0));
    `);
  },
};
