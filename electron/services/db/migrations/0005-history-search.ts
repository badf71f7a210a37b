import type { Migration } from '../types';

/**
 * History search: one FTS5 index over what a helper wrote (notes) and the recap kept at
 * closing. Triggers keep it in step with the rows in the same transaction, whoever writes
 * them (the services, the large-database generator), and drop entries when an erasure or
 * the retention purge removes the rows.
 *
 * An entry's rowid says which session it belongs to: session rowid × 2^24, plus the note's
 * seq, or 2^24 − 1 for the recap. Search then groups hits by session from the index alone
 * (reading the session_id column costs a lookup per hit: 100 ms for a common word on a
 * million events), and a session's entries are one rowid range to delete. Like the event
 * chain (rowid order), this relies on rowids never being renumbered: the app never VACUUMs.
 */
export const SEARCH_KEY_SHIFT = 2 ** 24;

export const m0005HistorySearch: Migration = {
  version: 5,
  name: 'history-search',
  up(db) {
    const K = SEARCH_KEY_SHIFT;
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

      INSERT INTO session_search (rowid, session_id, kind, body)
        SELECT s.rowid * ${K} + e.seq, e.session_id, 'note', json_extract(e.payload, '$.text')
        FROM session_events e JOIN sessions s ON s.id = e.session_id WHERE e.type = 'note_added';

      CREATE TRIGGER session_search_note AFTER INSERT ON session_events WHEN NEW.type = 'note_added'
        BEGIN
          INSERT INTO session_search (rowid, session_id, kind, body)
            VALUES ((SELECT rowid FROM sessions WHERE id = NEW.session_id) * ${K} + NEW.seq, NEW.session_id, 'note', json_extract(NEW.payload, '$.text'));
        END;
      -- A purge that removes events but keeps the session row.
      CREATE TRIGGER session_search_note_gone AFTER DELETE ON session_events WHEN OLD.type = 'note_added'
        BEGIN DELETE FROM session_search WHERE rowid = (SELECT rowid FROM sessions WHERE id = OLD.session_id) * ${K} + OLD.seq; END;
      CREATE TRIGGER session_search_recap AFTER UPDATE OF recap ON sessions WHEN NEW.recap IS NOT NULL
        BEGIN
          DELETE FROM session_search WHERE rowid = NEW.rowid * ${K} + ${K - 1};
          INSERT INTO session_search (rowid, session_id, kind, body) VALUES (NEW.rowid * ${K} + ${K - 1}, NEW.id, 'recap', NEW.recap);
        END;
      CREATE TRIGGER session_search_forget AFTER DELETE ON sessions
        BEGIN DELETE FROM session_search WHERE rowid BETWEEN OLD.rowid * ${K} AND OLD.rowid * ${K} + ${K - 1}; END;
    `);
  },
};
