import { SEARCH_KEY_SHIFT as K } from '../db/migrations/0005-history-search';
import type { WritableDB } from '../db/types';

/**
 * The notes' side of the history-search index (migrations 0005 and 0008): the only code
 * that writes session_search and search_progress outside the triggers. Notes are indexed
 * in batches, each note under its session's key (session rowid × 2^24 + seq), so that an
 * append does not pay for an FTS5 segment of its own; recaps and removals go through the
 * triggers as before.
 */
export function createSearchIndex(db: WritableDB) {
  const through = db.prepare<[], number>('SELECT indexed_through FROM search_progress WHERE id = 1').pluck();
  const lastEvent = db.prepare<[], number>('SELECT coalesce(max(rowid), 0) FROM session_events').pluck();
  const indexNotes = db.prepare(
    `INSERT INTO session_search (rowid, session_id, kind, body)
       SELECT s.rowid * ${K} + e.seq, e.session_id, 'note', json_extract(e.payload, '$.text')
       FROM session_events e JOIN sessions s ON s.id = e.session_id
       WHERE e.rowid > ? AND e.type = 'note_added' ORDER BY e.rowid`,
  );
  const setThrough = db.prepare('UPDATE search_progress SET indexed_through = ? WHERE id = 1');
  const catchUpTx = db.transaction(() => {
    const from = through.get() ?? 0;
    const to = lastEvent.get() ?? 0;
    if (to <= from) return 0;
    const indexed = indexNotes.run(from).changes;
    setThrough.run(to);
    return indexed;
  });

  return {
    /** Whether notes were logged since the last catch-up (a read only). */
    behind: () => (lastEvent.get() ?? 0) > (through.get() ?? 0),
    /** Indexes every note logged since the last catch-up; answers how many. */
    catchUp: (): number => catchUpTx.immediate(),
    /**
     * Inside a purge, once rows are deleted: SQLite gives a new row the rowid after the
     * largest one left, so if the newest events went, the mark comes back down with them
     * and the notes written next are still found past it.
     */
    afterPurge(): void {
      const left = lastEvent.get() ?? 0;
      if ((through.get() ?? 0) > left) setThrough.run(left);
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
