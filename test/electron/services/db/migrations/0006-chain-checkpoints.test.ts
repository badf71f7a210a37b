import { describe, expect, it } from 'vitest';
import { createChain } from '../../../../../electron/services/db/chain';
import { sessionEventsChain } from '../../../../../electron/services/db/chains';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('migration 0006 chain checkpoints', () => {
  it('keeps every row of version 5 and starts with no checkpoint, so the first check walks both chains in full', () => {
    const db = databaseAt(tempDir(), 5);
    seedSessions(db);
    const before = ['sessions', 'session_events', 'session_search', 'followups'].map((t) => rowsOf(db, t));
    migrate(db, migrations, 6);
    expect(['sessions', 'session_events', 'session_search', 'followups'].map((t) => rowsOf(db, t))).toEqual(before);
    expect(rowsOf(db, 'chain_checkpoints')).toEqual([]);

    // A walk of the chain written under version 5 can become its first checkpoint.
    const walk = createChain(db, sessionEventsChain).walk();
    expect(walk).toMatchObject({ broken: null, walked: 4 });
    db.prepare("INSERT INTO chain_checkpoints (chain, last_rowid, last_hash, rows, verified_at) VALUES ('session_events', ?, ?, ?, 9)").run(walk.last!.rowid, walk.last!.hash, walk.last!.rows);
    expect(rowsOf(db, 'chain_checkpoints')).toEqual([{ rowid: 1, chain: 'session_events', last_rowid: 4, last_hash: walk.last!.hash, rows: 4, verified_at: 9 }]);
    db.close();
  });

  it('holds one checkpoint per known chain and nothing else', () => {
    const db = databaseAt(tempDir(), 5);
    migrate(db, migrations, 6);
    const insert = db.prepare('INSERT INTO chain_checkpoints (chain, last_rowid, last_hash, rows, verified_at) VALUES (?, 1, ?, 1, 0)');
    expect(() => insert.run('persons', 'h')).toThrow(/CHECK/);
    insert.run('mandate_journal', 'h');
    expect(() => insert.run('mandate_journal', 'h')).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
