import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app';
import { createBackupsService } from '../../../electron/services/backups';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/db/migrations/index';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { call } from '../../helpers/call';
import { openTestDb, testFolderKey } from '../../helpers/test-key';

const tempDir = useTempDirs();
const DAY = 24 * 60 * 60 * 1000;

function setup(dir = tempDir(), keep = 14) {
  const clock = { now: new Date('2026-03-02T11:00:00Z').getTime() };
  const s = createAppServices({ key: testFolderKey,
    dataDir: dir,
    settingsFile: memorySettingsFile({ backupsToKeep: keep }),
    version: 't',
    log: () => {},
    now: () => new Date(clock.now),
  });
  return { s, clock, dir };
}

describe('backups (SQLite online backup API)', () => {
  it('a rolling copy holds the data, is checked after writing, and only the last N are kept', async () => {
    const { s, clock, dir } = setup(undefined, 2);
    await call(s, 'createPerson', { name: 'Rose Petit' });
    const first = await call(s, 'createBackup', {});
    expect(first).toMatchObject({ integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION, reason: 'manual' });
    const copy = openTestDb(first.path, { readonly: true });
    expect(copy.prepare('SELECT name FROM persons').all()).toEqual([{ name: 'Rose Petit' }]);
    copy.close();
    for (let i = 0; i < 2; i++) {
      clock.now += 1000;
      await call(s, 'createBackup', {});
    }
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.sqlite'))).toHaveLength(2);
    expect(existsSync(`${first.path}.check.json`)).toBe(false);
    expect(existsSync(first.path)).toBe(false);
    const listed = await call(s, 'listBackups', {});
    expect(listed.map((b) => b.createdAt >= listed.at(-1)!.createdAt)).toEqual([true, true]);
    s.close();
  });

  it('a manual copy goes to the chosen folder; a relative path is refused in French', async () => {
    const { s } = setup();
    const usb = tempDir();
    const info = await call(s, 'createBackup', { folder: usb });
    expect(info.path.startsWith(usb)).toBe(true);
    expect(info.reason).toBe('manual');
    const bad = await s.dispatch('createBackup', { folder: 'cle-usb' });
    expect(bad).toMatchObject({ ok: false, error: { message: 'Indiquez le chemin complet du dossier (par exemple E:\\Sauvegardes).' } });
    s.close();
  });

  it('the daily copy is made once a day', async () => {
    const { s, clock, dir } = setup();
    const backups = createBackupsService(s.db, dir, testFolderKey, () => 14, () => clock.now);
    expect(await backups.dailyIfDue()).not.toBeNull();
    clock.now += DAY / 2;
    expect(await backups.dailyIfDue()).toBeNull();
    clock.now += DAY;
    expect(await backups.dailyIfDue()).not.toBeNull();
    s.close();
  });

  it('closing a session leaves a rolling copy made after the close', async () => {
    const { s, dir } = setup();
    const person = await call(s, 'createPerson', { name: 'Rose Petit' });
    const v = await call(s, 'startSession', { personId: person.id });
    await call(s, 'sessionCommand', { sessionId: v.id, command: { type: 'close', outcome: 'aborted' } });
    // The copy is made after the answer, off the command's path: wait for it as long as a busy machine needs.
    await expect.poll(() => (existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.sqlite')) : []), { timeout: 15_000 }).toEqual([expect.stringMatching(/-session\.sqlite$/)]);
    const [name] = readdirSync(join(dir, 'backups'));
    const copy = openTestDb(join(dir, 'backups', name!), { readonly: true });
    expect(copy.prepare('SELECT closed_at IS NOT NULL AS closed FROM sessions').get()).toEqual({ closed: 1 });
    copy.close();
    s.close();
  });

  it('the check made when a copy is written is stored beside it; listing trusts it and re-checks only copies without one', async () => {
    const { s } = setup();
    const made = await call(s, 'createBackup', { folder: null });
    const sidecar = `${made.path}.check.json`;
    expect(JSON.parse(readFileSync(sidecar, 'utf8'))).toEqual({ integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
    // A stored result is what the listing shows: the copy was not read again.
    writeFileSync(sidecar, JSON.stringify({ integrity: 'stored result', schemaVersion: 1 }));
    expect((await call(s, 'listBackups', {}))[0]).toMatchObject({ integrity: 'stored result', schemaVersion: 1 });
    // Without one, the copy is checked again and the result stored for next time.
    rmSync(sidecar);
    expect((await call(s, 'listBackups', {}))[0]).toMatchObject({ integrity: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(existsSync(sidecar)).toBe(true);
    s.close();
  });

  it('a manual copy to a chosen folder leaves no sidecar there', async () => {
    const { s } = setup();
    const usb = tempDir();
    await call(s, 'createBackup', { folder: usb });
    expect(readdirSync(usb).filter((n) => n.endsWith('.check.json'))).toEqual([]);
    s.close();
  });
});
