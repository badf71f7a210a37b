import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const TABLES = ['persons', 'sessions', 'session_events', 'session_search', 'followups', 'chain_checkpoints'];

describe('migration 0007 retention runs', () => {
  it('keeps every row of version 6, adds an empty report table, and makes the search index forget for good', () => {
    const db = databaseAt(tempDir(), 6);
    seedSessions(db);
    db.exec("INSERT INTO chain_checkpoints (chain, last_rowid, last_hash, rows, verified_at) VALUES ('session_events', 4, 'h', 4, 0)");
    const before = TABLES.map((t) => rowsOf(db, t));
    migrate(db, migrations, 7);
    expect(TABLES.map((t) => rowsOf(db, t))).toEqual(before);
    expect(rowsOf(db, 'retention_runs')).toEqual([]);
    expect(db.prepare("SELECT v FROM session_search_config WHERE k = 'secure-delete'").pluck().get()).toBe(1);
    // The notes indexed under version 5 are still found.
    expect(db.prepare("SELECT session_id FROM session_search WHERE session_search MATCH 'imprimante'").pluck().all()).toEqual(['s1']);

    db.prepare('INSERT INTO retention_runs (ran_at, months, persons, mandates, sessions, session_events, journal_rows, followups, rehearsals) VALUES (1, 72, 0, 0, 1, 2, 0, 1, 0)').run();
    expect(rowsOf(db, 'retention_runs')).toEqual([
      { id: 1, ran_at: 1, months: 72, persons: 0, mandates: 0, sessions: 1, session_events: 2, journal_rows: 0, followups: 1, rehearsals: 0, seen: 0 },
    ]);
    db.close();
  });
});
