import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchText } from '../../../shared/messages/format';
import { migrate } from '../../../electron/services/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/services/db/migrations/index';
import { DB_FILE_NAME } from '../../../electron/services/db/open';
import { openServicesHost, type ServicesHost } from '../../../electron/services/host';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { call } from '../../helpers/call';
import { openTestDb, testHostKeys } from '../../helpers/test-key';

const tempDir = useTempDirs();

function host(dir: string, clock = { now: new Date('2026-03-02T11:00:00Z').getTime() }) {
  return openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, now: () => new Date(clock.now) });
}

const names = async (h: ServicesHost) => (await call(h, 'listPersons')).map((p) => p.name).sort();
const namesIn = (path: string) => {
  const db = openTestDb(path, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM persons ORDER BY name').pluck().all() as string[]);
  } finally {
    db.close();
  }
};

/** A backup holding Rose, then Léa added after it. */
async function withBackup(dir = tempDir()) {
  const clock = { now: new Date('2026-03-02T11:00:00Z').getTime() };
  const h = await host(dir, clock);
  await call(h, 'createPerson', { name: 'Rose Petit' });
  const backup = await call(h, 'createBackup', { folder: null });
  clock.now += 60_000;
  await call(h, 'createPerson', { name: 'Léa Martin' });
  return { h, dir, clock, backup };
}

function garbleHeader(path: string) {
  const bytes = readFileSync(path);
  bytes.fill(0x5a, 0, 4096);
  writeFileSync(path, bytes);
}

describe('restore from a backup', () => {
  it('puts the backup in place after copying the live database to replaced/; dispatch and bus keep working', async () => {
    const { h, dir, backup } = await withBackup();
    const seen: string[] = [];
    h.bus.subscribe((name) => seen.push(name));
    const result = await call(h, 'restoreBackup', { path: backup.path });
    expect(await names(h)).toEqual(['Rose Petit']);
    expect(result.previousCopy).toMatch(/replaced[/\\]binome-before-restore-\d{8}-\d{6}-\d{3}\.sqlite$/);
    expect(namesIn(result.previousCopy!)).toEqual(['Léa Martin', 'Rose Petit']);
    // The services opened after the restore emit on the same bus the transports hold.
    await call(h, 'createPerson', { name: 'Jo' });
    expect(seen).toContain('personsChanged');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    h.close();
    // And the restored data is what opens next time.
    const again = await host(dir);
    expect(await names(again)).toEqual(['Jo', 'Rose Petit']);
    again.close();
  });

  it('refuses a bad file in French and leaves the live database and its folder as they were', async () => {
    const { h, dir } = await withBackup();
    const junk = join(tempDir(), 'junk.sqlite');
    writeFileSync(junk, 'pas une base de données'.repeat(500));
    const newer = join(tempDir(), 'newer.sqlite');
    const n = openTestDb(newer);
    migrate(n, migrations);
    n.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    n.close();
    const foreign = join(tempDir(), 'foreign.sqlite');
    const f = openTestDb(foreign);
    f.exec('CREATE TABLE notes (x TEXT)');
    f.pragma('user_version = 3');
    f.close();
    const cases: [string, RegExp][] = [
      [junk, /n'est pas une sauvegarde Binôme lisible/],
      [newer, /version plus récente de Binôme/],
      [foreign, /n'est pas une sauvegarde Binôme complète/],
      [join(dir, 'absent.sqlite'), /Fichier introuvable/],
      [dir, /n'est pas un fichier de sauvegarde/],
      ['sauvegarde.sqlite', /chemin complet/],
      [join(dir, DB_FILE_NAME), /base de données en service/],
    ];
    for (const [path, message] of cases) {
      const r = await h.dispatch('restoreBackup', { path });
      expect(r.ok, path).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(await names(h)).toEqual(['Léa Martin', 'Rose Petit']);
    expect(existsSync(join(dir, 'replaced'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    h.close();
  });

  it('an older schema is brought up to date by the migrations after the restore', async () => {
    const dir = tempDir();
    const old = join(tempDir(), 'old.sqlite');
    const db = openTestDb(old);
    migrate(db, migrations, 1);
    db.prepare("INSERT INTO persons (id, name, sort_key, phone, notes, created_at, updated_at) VALUES ('p1', 'Ancien', 'ancien', '', '', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')").run();
    db.close();
    const h = await host(dir);
    const result = await call(h, 'restoreBackup', { path: old });
    expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(await names(h)).toEqual(['Ancien']);
    expect((await call(h, 'getAppInfo')).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    h.close();
  });
});

/** Passes every check (integrity, version 3, tables) but its migration to version 4 fails. */
function unopenableBackup() {
  const path = join(tempDir(), 'trap.sqlite');
  const db = openTestDb(path);
  migrate(db, migrations, 3);
  db.exec('CREATE TABLE session_events_v4 (x TEXT)');
  db.close();
  return path;
}

describe('a backup that passes the checks but cannot be opened', () => {
  it('ready: the database from just before is put back and the helper is told so', async () => {
    const { h, dir } = await withBackup();
    const r = await h.dispatch('restoreBackup', { path: unopenableBackup() });
    expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: "La sauvegarde n'a pas pu être ouverte : vos données d'avant ont été remises en place." } });
    expect(await names(h)).toEqual(['Léa Martin', 'Rose Petit']);
    expect(await call(h, 'getStartupState')).toMatchObject({ status: 'ready' });
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    h.close();
  });

  it('recovery: the damaged file goes back where it was and the app stays in recovery', async () => {
    const { h, dir } = await withBackup();
    h.close();
    const live = join(dir, DB_FILE_NAME);
    garbleHeader(live);
    const damagedBytes = readFileSync(live);
    const r = await host(dir);
    expect(await r.dispatch('restoreBackup', { path: unopenableBackup() })).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(readFileSync(live).equals(damagedBytes)).toBe(true);
    expect(await call(r, 'getStartupState')).toMatchObject({ status: 'recovery', damagedPath: live });
    r.close();
  });
});

describe('recovery at start-up', () => {
  it('a damaged file starts in recovery: only recovery calls answer, and restoring keeps the damaged file in damaged/', async () => {
    const { h, dir, clock } = await withBackup();
    clock.now += 60_000;
    // A second, newer copy that is itself damaged: offered last, marked unusable.
    const bad = await call(h, 'createBackup', { folder: null });
    h.close();
    garbleHeader(bad.path);
    const live = join(dir, DB_FILE_NAME);
    garbleHeader(live);
    const damagedBytes = readFileSync(live);

    const r = await host(dir, clock);
    const state = await call(r, 'getStartupState');
    expect(state).toMatchObject({ status: 'recovery', damagedPath: live });
    expect(state.reason).toEqual({ key: 'recovery.damaged' });
    expect(frenchText(state.reason!)).toMatch(/endommagé/);
    expect(await r.dispatch('listPersons', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await r.dispatch('createPerson', { name: 'X' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    // Malformed input still gets the contract's answer, not a handler call.
    expect(await r.dispatch('restoreBackup', { path: 3 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const candidates = await call(r, 'listRestoreCandidates');
    expect(candidates.map((c) => c.usable)).toEqual([true, false]);
    expect(candidates[1]!.path).toBe(bad.path);
    expect(candidates[1]!.problem).toMatch(/^restore\.(unreadable|damaged)$/);

    // The damaged copy is refused and nothing moves.
    expect(await r.dispatch('restoreBackup', { path: bad.path })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(readFileSync(live).equals(damagedBytes)).toBe(true);

    const result = await call(r, 'restoreBackup', { path: candidates[0]!.path });
    expect(result.damagedMovedTo).toMatch(/damaged[/\\]binome-damaged-.*\.sqlite$/);
    expect(readFileSync(result.damagedMovedTo!).equals(damagedBytes)).toBe(true);
    expect(await call(r, 'getStartupState')).toEqual({ status: 'ready', plainData: false, progress: null, reason: null, damagedPath: null });
    expect(await names(r)).toEqual(['Rose Petit']);
    r.close();
  });

  it('a missing database while backups exist starts in recovery, never as new empty data', async () => {
    const { h, dir } = await withBackup();
    h.close();
    rmSync(join(dir, DB_FILE_NAME));
    const r = await host(dir);
    expect(await call(r, 'getStartupState')).toMatchObject({ status: 'recovery', damagedPath: null, reason: { key: 'recovery.missing' } });
    expect(existsSync(join(dir, DB_FILE_NAME))).toBe(false);
    r.close();
    // A first start (no backup) simply creates the data.
    const fresh = await host(tempDir());
    expect(await call(fresh, 'getStartupState')).toMatchObject({ status: 'ready' });
    fresh.close();
  });

  it('« Commencer avec des données vides » moves the damaged file aside first', async () => {
    const { h, dir } = await withBackup();
    h.close();
    const live = join(dir, DB_FILE_NAME);
    garbleHeader(live);
    const r = await host(dir);
    expect(await r.dispatch('startEmpty', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const { damagedMovedTo } = await call(r, 'startEmpty', { confirm: true });
    expect(existsSync(damagedMovedTo!)).toBe(true);
    expect(await names(r)).toEqual([]);
    expect(await r.dispatch('startEmpty', { confirm: true })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    r.close();
  });

  it('a database from a newer Binôme is not treated as damaged', async () => {
    const dir = tempDir();
    const h = await host(dir);
    h.close();
    const db = openTestDb(join(dir, DB_FILE_NAME));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    await expect(host(dir)).rejects.toThrow(/version plus récente/);
  });
});
