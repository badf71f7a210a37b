import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/services/db/migrate';
import { migrations, LATEST_SCHEMA_VERSION } from '../../electron/services/db/migrations/index';
import { applyPragmas, DB_FILE_NAME, openDatabase } from '../../electron/services/db/open';
import type { Migration } from '../../electron/services/db/types';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

describe('database open', () => {
  it('sets WAL, synchronous=FULL and foreign keys explicitly', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer Binôme, in French, and leaves it untouched', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, DB_FILE_NAME));
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/version plus récente de Binôme/);
    const again = new Database(join(dir, DB_FILE_NAME));
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    again.close();
  });

  it('runs pending migrations in one transaction: a failing step leaves the old version', () => {
    const db = new Database(join(tempDir(), 'x.sqlite'));
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

describe('migration 0001 persons', () => {
  it('creates the persons table (text ids, required sort key) and keeps rows when later migrations run', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DB_FILE_NAME));
    migrate(db, migrations, 1);
    db.prepare(
      "INSERT INTO persons (id, name, sort_key, phone, notes, created_at, updated_at) VALUES ('0190a0a0-0000-7000-8000-000000000001', 'A', 'a', '', '', 'x', 'x')",
    ).run();
    const idColumn = (db.pragma('table_info(persons)') as { name: string; type: string; pk: number }[]).find((c) => c.name === 'id');
    expect(idColumn).toMatchObject({ type: 'TEXT', pk: 1 });
    expect(() => db.prepare("INSERT INTO persons (id, name, created_at, updated_at) VALUES ('x', 'B', 'x', 'x')").run()).toThrow(/sort_key/);
    db.close();
    const reopened = openDatabase(dir);
    expect(reopened.prepare('SELECT name FROM persons').all()).toEqual([{ name: 'A' }]);
    reopened.close();
  });
});
