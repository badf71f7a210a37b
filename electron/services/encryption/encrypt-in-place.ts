import { existsSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { isPlainDatabase, openConnection } from '../db/connection';
import type { DataKey } from '../keys/data-key';
import { fsyncDir } from '../restore-files';
import { eraseDatabaseFiles, eraseFile } from './erase';
import { exportDatabase } from './export';
import { verifyCopy } from './verify-copy';

/** Beside the file being encrypted: the copy being written (unverified), the verified copy, the plain original after the swap. */
export const WORK_SUFFIX = '.encrypting';
export const READY_SUFFIX = '.encrypted';
export const OLD_SUFFIX = '.plain';

export type EncryptPhase = 'copy' | 'verify' | 'erase';
export type OnStep = (phase: EncryptPhase, fraction: number) => void;

/** Whether anything is left to do for this file: plain, or a step of an earlier run unfinished. */
export const needsEncryption = (path: string) =>
  [WORK_SUFFIX, READY_SUFFIX, OLD_SUFFIX].some((s) => existsSync(path + s)) || (existsSync(path) && isPlainDatabase(path));

/**
 * Encrypts one database file in place, so that a kill at any moment leaves a state the next
 * run finishes from, and never a moment without a complete database under one of the names:
 *
 * 1. the plain file leaves WAL mode (its WAL folded in), then is copied into `<file>.encrypting`
 *    (exportDatabase: rowids kept), which is verified against it (verifyCopy);
 * 2. the verified copy is renamed `<file>.encrypted`: from here on it is the one that counts;
 * 3. the swap: the plain file becomes `<file>.plain`, the copy becomes `<file>` (renames, synced);
 * 4. `<file>.plain` is overwritten with zeros and removed.
 *
 * Found at start: `.encrypting` is unverified (erased, step 1 again); `.encrypted` means the swap
 * is due (done now); `.plain` is erased. Returns whether the file was plain.
 */
export async function encryptInPlace(path: string, key: DataKey, onStep: OnStep = () => {}): Promise<boolean> {
  const work = path + WORK_SUFFIX;
  const ready = path + READY_SUFFIX;
  const old = path + OLD_SUFFIX;
  let wasPlain = false;

  const swap = async () => {
    // The plain file is closed and out of WAL mode: side files left beside it are stale, and
    // must not meet the encrypted file under the same name.
    await eraseFile(`${path}-wal`);
    await eraseFile(`${path}-shm`);
    if (existsSync(path)) renameSync(path, old);
    renameSync(ready, path);
    fsyncDir(dirname(path));
  };

  if (existsSync(ready)) {
    wasPlain = true;
    if (!existsSync(path) || isPlainDatabase(path)) await swap();
    else await eraseDatabaseFiles(ready);
  }
  if (!existsSync(path) && existsSync(old)) {
    // Not a state this function leaves, but never lose the plain file: it goes back and starts again.
    renameSync(old, path);
    fsyncDir(dirname(path));
  }
  if (existsSync(path) && isPlainDatabase(path)) {
    wasPlain = true;
    await eraseDatabaseFiles(work);
    const plain = openConnection(path, null);
    try {
      plain.pragma('journal_mode = DELETE');
    } finally {
      plain.close();
    }
    await exportDatabase(path, null, work, key, (done, total) => onStep('copy', total === 0 ? 1 : done / total));
    onStep('verify', 0);
    const source = openConnection(path, null, { readonly: true, fileMustExist: true });
    const copy = openConnection(work, key, { readonly: true, fileMustExist: true });
    try {
      await verifyCopy(source, copy);
    } finally {
      source.close();
      copy.close();
    }
    onStep('verify', 1);
    renameSync(work, ready);
    fsyncDir(dirname(path));
    await swap();
  }
  if (existsSync(old) || existsSync(work)) {
    onStep('erase', 0);
    await eraseDatabaseFiles(old);
    await eraseDatabaseFiles(work);
    onStep('erase', 1);
  }
  return wasPlain;
}
