import { describe, expect, it } from 'vitest';
import { createChain } from '../../../../../electron/services/db/chain';
import { mandateJournalChain, sessionEventsChain } from '../../../../../electron/services/db/chains';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const TABLES = ['persons', 'sessions', 'session_events', 'mandate_journal', 'chain_checkpoints', 'retention_runs'];

describe('migration 0010 chain runs', () => {
  it('keeps every row of version 9 and records one run for each tombstone already written', () => {
    const db = databaseAt(tempDir(), 9);
    seedSessions(db);
    // What an erasure and a purge of version 9 left: tombstones in both chains.
    const at = Date.UTC(2026, 0, 5, 10, 0, 0);
    createChain(db, sessionEventsChain).appendTombstone({ reason: 'erasure', removed: 3, gaps: [] }, at);
    createChain(db, mandateJournalChain).appendTombstone({ reason: 'erasure', removed: 2, gaps: [] }, at);
    createChain(db, sessionEventsChain).appendTombstone({ reason: 'retention', removed: 7, gaps: [] }, at + 1000);
    const before = TABLES.map((t) => rowsOf(db, t));
    migrate(db, migrations, 10);
    expect(TABLES.map((t) => rowsOf(db, t))).toEqual(before);
    expect(rowsOf(db, 'chain_runs')).toEqual([
      { id: 1, reason: 'erasure', at, session_events: 3, mandate_journal: 0 },
      { id: 2, reason: 'retention', at: at + 1000, session_events: 7, mandate_journal: 0 },
      { id: 3, reason: 'erasure', at, session_events: 0, mandate_journal: 2 },
    ]);
    db.close();
  });

  it('refuses edits and deletions of a recorded run, and any other reason', () => {
    const db = databaseAt(tempDir(), 9);
    migrate(db, migrations, 10);
    db.prepare("INSERT INTO chain_runs (reason, at, session_events) VALUES ('erasure', 1, 2)").run();
    expect(() => db.exec('UPDATE chain_runs SET session_events = 0')).toThrow(/never edited/);
    expect(() => db.exec('DELETE FROM chain_runs')).toThrow(/never deleted/);
    expect(() => db.exec("INSERT INTO chain_runs (reason, at) VALUES ('by hand', 1)")).toThrow(/CHECK/);
    db.close();
  });
});
