import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/services/db/migrate';
import { migrations } from '../../../../electron/services/db/migrations/index';
import { applyPragmas } from '../../../../electron/services/db/open';
import type { Migration } from '../../../../electron/services/db/types';
import { useTempDirs } from '../../../helpers/temp-dir';
import { openTestDb } from '../../../helpers/test-key';

const tempDir = useTempDirs();

describe('migrations', () => {
  it('runs pending migrations in one transaction: a failing step leaves the old version', () => {
    const db = openTestDb(join(tempDir(), 'x.sqlite'));
    applyPragmas(db);
    const list: Migration[] = [
      { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x)') },
      { version: 2, name: 'b', up: (d) => d.exec('CREATE TABLE b (x); THIS IS NOT SQL') },
    ];
    expect(() => migrate(db, list)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) c FROM sqlite_master WHERE name = 'a'").get()).toEqual({ c: 0 });
    db.close();
  });

  it('refuses a migration list with gaps', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'x', up: () => {} }])).toThrow(/expected 1/);
  });

  it('migrations are numbered 1..n in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});
