import type { Migration } from '../types';

/**
 * History search: one FTS5 index over what a helper wrote (notes) and the recap kept at
 * closing. Triggers keep it in step with the rows in the same transaction, whoever writes
 * them (the services, the large-database generator), and drop entries when an erasure or
 * the retention purge removes the rows.
 */
export const m0005HistorySearch: Migration = {
  version: 5,
  name: 'history-search',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN recap TEXT;
      CREATE INDEX sessions_started ON sessions(started_at);
      -- History filters walk these newest first; without them each filter would sort all sessions.
      CREATE INDEX sessions_helper ON sessions(helper_name, started_at);
      CREATE INDEX sessions_outcome ON sessions(outcome, started_at);
      CREATE INDEX followups_pending_session ON followups(session_id) WHERE status = 'pending';

      CREATE VIRTUAL TABLE session_search USING fts5(
        session_id UNINDEXED,
        kind UNINDEXED,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      INSERT INTO session_search (session_id, kind, body)
        SELECT session_id, 'note', json_extract(payload, '$.text') FROM session_events WHERE type = 'note_added';

      CREATE TRIGGER session_search_note AFTER INSERT ON session_events WHEN NEW.type = 'note_added'
        BEGIN INSERT INTO session_search (session_id, kind, body) VALUES (NEW.session_id, 'note', json_extract(NEW.payload, '$.text')); END;
      CREATE TRIGGER session_search_recap AFTER UPDATE OF recap ON sessions WHEN NEW.recap IS NOT NULL
        BEGIN
          DELETE FROM session_search WHERE session_id = NEW.id AND kind = 'recap';
          INSERT INTO session_search (session_id, kind, body) VALUES (NEW.id, 'recap', NEW.recap);
        END;
      CREATE TRIGGER session_search_forget AFTER DELETE ON sessions
        BEGIN DELETE FROM session_search WHERE session_id = OLD.id; END;
    `);
  },
};
