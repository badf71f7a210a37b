import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('migration 0002 mandates', () => {
  it('keeps persons from version 1 and adds mandates whose journal refuses edits and deletes', () => {
    const db = databaseAt(tempDir(), 1);
    db.prepare("INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p1', 'A', 'a', 'x', 'x')").run();
    migrate(db, migrations, 2);
    expect(db.prepare('SELECT name FROM persons').all()).toEqual([{ name: 'A' }]);
    db.prepare(
      "INSERT INTO mandates (id, person_id, content, text_version, start_date, end_date, created_at, updated_at) VALUES ('m1', 'p1', '{}', 'v1', '2026-01-01', '2026-12-31', 'x', 'x')",
    ).run();
    db.prepare("INSERT INTO mandate_journal (id, mandate_id, person_id, kind, at, payload, prev_hash, hash) VALUES ('j1', 'm1', 'p1', 'created', 'x', '{}', '0', 'h')").run();
    expect(() => db.prepare("UPDATE mandate_journal SET kind = 'signed'").run()).toThrow(/never edited/);
    expect(() => db.prepare('DELETE FROM mandate_journal').run()).toThrow(/never deleted/);
    expect(() =>
      db.prepare("INSERT INTO mandates (id, person_id, content, text_version, start_date, end_date, created_at, updated_at) VALUES ('m2', 'nobody', '{}', 'v1', 'a', 'b', 'x', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
