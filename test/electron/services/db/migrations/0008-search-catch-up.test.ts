import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { createSearchIndex } from '../../../../../electron/services/sessions/search-index';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const TABLES = ['sessions', 'session_events', 'session_search', 'followups', 'retention_runs'];

describe('migration 0008 search catch-up', () => {
  it('keeps every row of version 7, counts the notes already indexed as done, and indexes new ones only in a batch', () => {
    const db = databaseAt(tempDir(), 7);
    seedSessions(db);
    const before = TABLES.map((t) => rowsOf(db, t));
    expect(db.prepare("SELECT count(*) FROM session_search WHERE kind = 'note'").pluck().get()).toBe(2);
    migrate(db, migrations, 8);
    expect(TABLES.map((t) => rowsOf(db, t))).toEqual(before);
    expect(db.prepare('SELECT indexed_through FROM search_progress').pluck().get()).toBe(4);

    // A note written now waits for the next catch-up; the ones before are not indexed twice.
    db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES ('e5', 's1', 3, 'note_added', 1200, ?, 'x', 'y')").run(
      JSON.stringify({ text: 'Scanner installé' }),
    );
    const scanner = () => db.prepare("SELECT session_id FROM session_search WHERE session_search MATCH 'scanner'").pluck().all();
    expect(scanner()).toEqual([]);
    const index = createSearchIndex(db);
    expect(index.behind()).toBe(true);
    expect(index.catchUp()).toBe(1);
    expect(scanner()).toEqual(['s1']);
    expect(db.prepare("SELECT count(*) FROM session_search WHERE kind = 'note'").pluck().get()).toBe(3);
    expect(index.behind()).toBe(false);
    db.close();
  });

  it('a database without events starts from zero', () => {
    const db = databaseAt(tempDir(), 7);
    migrate(db, migrations, 8);
    expect(rowsOf(db, 'search_progress')).toEqual([{ id: 1, indexed_through: 0 }]);
    db.close();
  });
});
