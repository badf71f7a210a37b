import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimDataFolder } from '../../../electron/services/claim-data-folder';
import { lockDataFolder, LOCK_FILE_NAME, type DataFolderLock } from '../../../electron/services/data-folder-lock';
import { AppError } from '../../../electron/services/errors';
import { openServicesHost, type ServicesHost } from '../../../electron/services/host';
import type { BackupInfo } from '../../../shared/records/backups';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { testHostKeys } from '../../helpers/test-key';

const tempDir = useTempDirs();
const children: ChildProcess[] = [];
const locks: DataFolderLock[] = [];
const savedUmask = process.umask();

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const lock of locks.splice(0)) lock.release();
  process.umask(savedUmask);
});

/** A second process claiming `dir`: resolves when it holds the folder, or with how it refused. */
function worker(dir: string): Promise<{ child: ChildProcess; locked: boolean; code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/lock-worker.ts', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('locked')) resolve({ child, locked: true, code: null, stderr });
    });
    child.once('exit', (code) => resolve({ child, locked: false, code, stderr }));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

/** Every entry of the folder with its mode, size and modification time: "changed nothing" is checked on this. */
function snapshot(dir: string) {
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .sort()
    .map((name) => {
      const s = statSync(join(dir, name));
      return `${name} ${(s.mode & 0o777).toString(8)} ${s.size} ${s.mtimeMs}`;
    });
}

const message = (dir: string) => `Binôme est déjà ouvert sur ce dossier de données : ${dir}.`;

describe('one process per data folder', () => {
  it('a second lock in the same process is refused with the French message naming the folder', () => {
    const dir = tempDir();
    locks.push(lockDataFolder(dir));
    let error: unknown;
    try {
      lockDataFolder(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).key).toBe('dataFolder.alreadyOpen');
    expect((error as AppError).message).toContain(message(dir));
  });

  it('another process is refused (exit 3, French message) and changes nothing; after a kill -9 of the holder the next start gets it', async () => {
    const dir = tempDir();
    const first = await worker(dir);
    expect(first.locked).toBe(true);
    // A file an older version left readable by others: only the holder may tighten it.
    writeFileSync(join(dir, 'settings.json'), '{}');
    chmodSync(join(dir, 'settings.json'), 0o644);
    const before = snapshot(dir);

    const second = await worker(dir);
    expect(second.locked).toBe(false);
    expect(second.code).toBe(3);
    expect(second.stderr).toContain(message(dir));
    expect(snapshot(dir)).toEqual(before);
    // This process too.
    expect(() => claimDataFolder(dir)).toThrow(message(dir));
    expect(snapshot(dir)).toEqual(before);

    // The system releases the lock with the process: no stale lock after a crash.
    await killed(first.child);
    const third = await worker(dir);
    expect(third.locked).toBe(true);
    expect(statSync(join(dir, LOCK_FILE_NAME)).size).toBe(0);
  });

  it('the lock is kept across a restore: the host reopens the database, not the lock', async () => {
    const dir = tempDir();
    locks.push(claimDataFolder(dir));
    const host: ServicesHost = await openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    try {
      const made = await host.dispatch('createBackup', { folder: null });
      expect(made.ok).toBe(true);
      const restored = await host.dispatch('restoreBackup', { path: (made as { value: BackupInfo }).value.path });
      expect(restored.ok).toBe(true);
      const other = await worker(dir);
      expect(other.locked).toBe(false);
      expect(other.code).toBe(3);
      expect(other.stderr).toContain(message(dir));
    } finally {
      host.close();
    }
  });
});
