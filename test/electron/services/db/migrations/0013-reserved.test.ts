import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const schema = (db: ReturnType<typeof databaseAt>) => db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all();

describe('migration 0013 reserved', () => {
  it('changes neither the schema nor any row of version 12', () => {
    const db = databaseAt(tempDir(), 12);
    seedSessions(db);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter((t) => !t.startsWith('session_search'));
    const before = { schema: schema(db), rows: tables.map((t) => rowsOf(db, t)) };
    migrate(db, migrations, 13);
    expect({ schema: schema(db), rows: tables.map((t) => rowsOf(db, t)) }).toEqual(before);
    db.close();
  });
});
