import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt, rowsOf } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('migration 0013 person equipment', () => {
  it('keeps every person, their equipment unknown until asked; only the listed values are accepted', () => {
    const db = databaseAt(tempDir(), 12);
    db.exec(`INSERT INTO persons (id, name, sort_key, phone, notes, created_at, updated_at) VALUES ('p1', 'Rose Petit', 'rose petit', '06 00 00 00 00', 'Sourde', 'a', 'b')`);
    const before = rowsOf(db, 'persons') as Record<string, unknown>[];
    migrate(db, migrations, 13);
    expect(rowsOf(db, 'persons')).toEqual(before.map((row) => ({ ...row, windows_version: 'unknown', quick_assist: 'unknown' })));
    db.exec(`UPDATE persons SET windows_version = '11', quick_assist = 'yes' WHERE id = 'p1'`);
    expect(() => db.exec(`UPDATE persons SET windows_version = '7' WHERE id = 'p1'`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE persons SET quick_assist = 'maybe' WHERE id = 'p1'`)).toThrow(/CHECK/);
    db.close();
  });
});
