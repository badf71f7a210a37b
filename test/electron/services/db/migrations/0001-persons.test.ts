import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { DB_FILE_NAME, openDatabase } from '../../../../../electron/services/db/open';
import { useTempDirs } from '../../../../helpers/temp-dir';
import { TEST_KEY, openTestDb } from '../../../../helpers/test-key';

const tempDir = useTempDirs();

describe('migration 0001 persons', () => {
  it('creates the persons table (text ids, required sort key) and keeps rows when later migrations run', () => {
    const dir = tempDir();
    const db = openTestDb(join(dir, DB_FILE_NAME));
    migrate(db, migrations, 1);
    db.prepare(
      "INSERT INTO persons (id, name, sort_key, phone, notes, created_at, updated_at) VALUES ('0190a0a0-0000-7000-8000-000000000001', 'A', 'a', '', '', 'x', 'x')",
    ).run();
    const idColumn = (db.pragma('table_info(persons)') as { name: string; type: string; pk: number }[]).find((c) => c.name === 'id');
    expect(idColumn).toMatchObject({ type: 'TEXT', pk: 1 });
    expect(() => db.prepare("INSERT INTO persons (id, name, created_at, updated_at) VALUES ('x', 'B', 'x', 'x')").run()).toThrow(/sort_key/);
    db.close();
    const reopened = openDatabase(dir, TEST_KEY);
    expect(reopened.prepare('SELECT name FROM persons').all()).toEqual([{ name: 'A' }]);
    reopened.close();
  });
});
