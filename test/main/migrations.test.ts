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

describe('migration 0002 mandates', () => {
  it('keeps persons from version 1 and adds mandates whose journal refuses edits and deletes', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DB_FILE_NAME));
    applyPragmas(db);
    migrate(db, migrations, 1);
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

describe('migration 0003 sessions', () => {
  it('keeps mandates from version 2 and adds an append-only session log', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DB_FILE_NAME));
    applyPragmas(db);
    migrate(db, migrations, 2);
    db.prepare("INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p1', 'A', 'a', 'x', 'x')").run();
    db.prepare(
      "INSERT INTO mandates (id, person_id, content, text_version, start_date, end_date, created_at, updated_at) VALUES ('m1', 'p1', '{}', 'v1', '2026-01-01', '2026-12-31', 'x', 'x')",
    ).run();
    migrate(db, migrations, 3);
    expect(db.prepare('SELECT id FROM mandates').all()).toEqual([{ id: 'm1' }]);
    db.prepare("INSERT INTO sessions (id, person_id, mandate_id, started_at, current_step) VALUES ('s1', 'p1', 'm1', 1, 'preparation')").run();
    db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES ('e1', 's1', 1, 'note_added', 1, '{}', '0', 'h')").run();
    expect(() => db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES ('e2', 's1', 1, 'x', 1, '{}', '0', 'h')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE session_events SET payload = '{\"x\":1}'").run()).toThrow(/never edited/);
    expect(() => db.prepare('DELETE FROM session_events').run()).toThrow(/never deleted/);
    db.close();
  });
});
