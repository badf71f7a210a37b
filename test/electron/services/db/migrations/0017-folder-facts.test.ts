import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { m0017FolderFacts } from '../../../../../electron/services/db/migrations/0017-folder-facts';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const KEPT = ['persons', 'sessions', 'session_events', 'record_journal', 'chain_checkpoints', 'helpers'];

describe('migration 0017 folder facts', () => {
  it('keeps every row of the version before it and adds an empty folder_facts table that names only its two facts', () => {
    const version = m0017FolderFacts.version;
    const db = databaseAt(tempDir(), version - 1);
    seedSessions(db);
    const kept = KEPT.map((t) => rowsOf(db, t));
    migrate(db, migrations, version);
    expect(KEPT.map((t) => rowsOf(db, t))).toEqual(kept);
    expect(rowsOf(db, 'folder_facts')).toEqual([]);
    db.prepare("INSERT INTO folder_facts (name, value, at) VALUES ('retention_setting', '{}', 1)").run();
    expect(() => db.prepare("INSERT INTO folder_facts (name, value, at) VALUES ('anything', '{}', 1)").run()).toThrow(/CHECK/);
    db.close();
  });
});
