import Conf from 'conf';
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDataFolder } from '../../../electron/services/claim-data-folder';
import type { DataFolderLock } from '../../../electron/services/data-folder-lock';
import { openServicesHost } from '../../../electron/services/host';
import type { BackupInfo } from '../../../shared/records/backups';
import { useTempDirs } from '../../helpers/temp-dir';
import { testHostKeys } from '../../helpers/test-key';

const tempDir = useTempDirs();
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
const savedUmask = process.umask();
const locks: DataFolderLock[] = [];

beforeEach(() => {
  // What most accounts have: files readable by everyone unless the program says otherwise.
  process.umask(0o022);
});
afterEach(() => {
  for (const lock of locks.splice(0)) lock.release();
  process.umask(savedUmask);
});

/** Every entry under `dir` (links not followed) with its mode. */
function modesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    if (!lstatSync(path).isSymbolicLink()) out[relative(dir, path)] = mode(path);
  }
  return out;
}

describe.skipIf(process.platform === 'win32')('private data folder (POSIX modes)', () => {
  it('what an older version left open is tightened at start; links are not followed; Chromium’s folders are left as they are', () => {
    const root = tempDir();
    const dir = join(root, 'data');
    mkdirSync(join(dir, 'backups'), { recursive: true, mode: 0o755 });
    mkdirSync(join(dir, 'Cache'), { mode: 0o755 });
    for (const file of ['binome.sqlite', 'binome.sqlite-wal', 'binome.sqlite-shm', 'settings.json', 'backups/binome-x.sqlite', 'backups/binome-x.sqlite.check.json', 'Cache/data_0']) {
      writeFileSync(join(dir, file), 'x', { mode: 0o644 });
    }
    chmodSync(dir, 0o755);
    writeFileSync(join(root, 'elsewhere.txt'), 'x', { mode: 0o644 });
    symlinkSync(join(root, 'elsewhere.txt'), join(dir, 'link.txt'));

    locks.push(claimDataFolder(dir));
    expect(mode(dir)).toBe('700');
    expect(modesUnder(dir)).toEqual({
      'binome.lock': '600',
      'binome.sqlite': '600',
      'binome.sqlite-wal': '600',
      'binome.sqlite-shm': '600',
      'settings.json': '600',
      backups: '700',
      'backups/binome-x.sqlite': '600',
      'backups/binome-x.sqlite.check.json': '600',
      Cache: '755',
      'Cache/data_0': '644',
    });
    expect(mode(join(root, 'elsewhere.txt'))).toBe('644');
  });

  it('everything Binôme creates afterwards is private: database, WAL, SHM, settings, backups, copies kept before a restore, exports, the lock', async () => {
    const root = tempDir();
    const dir = join(root, 'new', 'data');
    locks.push(claimDataFolder(dir));
    const host = await openServicesHost({
      ...testHostKeys(dir),
      dataDir: dir,
      settingsFile: new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', clearInvalidConfig: false }),
      version: 't',
      log: () => {},
    });
    const usb = join(root, 'usb');
    try {
      const call = async <T>(name: string, input: unknown) => {
        const r = await host.dispatch(name, input);
        if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
        return r.value as T;
      };
      const person = await call<{ id: string }>('createPerson', { name: 'Hélène Martin' });
      await call('updateSettings', { helperName: 'Camille' });
      const backup = await call<BackupInfo>('createBackup', { folder: null });
      await call('createBackup', { folder: join(usb, 'Sauvegardes') });
      await call('exportPersonToFolder', { personId: person.id, folder: join(usb, 'Exports') });
      await call('restoreBackup', { path: backup.path });
      await call('createPerson', { name: 'Albert Durand' });

      const modes = modesUnder(dir);
      for (const expected of ['binome.lock', 'binome.sqlite', 'binome.sqlite-wal', 'binome.sqlite-shm', 'settings.json', 'backups', 'replaced']) {
        expect(Object.keys(modes), expected).toContain(expected);
      }
      expect(Object.keys(modes).some((p) => p.startsWith('backups/') && p.endsWith('.check.json'))).toBe(true);
      expect(Object.keys(modes).some((p) => p.startsWith('replaced/'))).toBe(true);
      const exported = modesUnder(usb);
      expect(Object.keys(exported).some((p) => p.startsWith('Exports/binome-export-'))).toBe(true);
      for (const [path, m] of Object.entries({ ...modes, ...exported })) {
        const isDir = statSync(join(path in modes ? dir : usb, path)).isDirectory();
        expect(m, path).toBe(isDir ? '700' : '600');
      }
      expect(mode(dir)).toBe('700');
      expect(mode(join(root, 'new'))).toBe('700');
    } finally {
      host.close();
    }
  });
});
