import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from './db/types';
import { exportDatabase } from './encryption/export';
import { AppError } from './errors';
import { sameKey, type DataKey } from './keys/data-key';

/** SQLite's side files: a WAL left beside a file it does not belong to would be replayed into it. */
export const SIDE_FILES = ['-wal', '-shm'] as const;

function fsyncPath(path: string, flags: string) {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The rename itself must reach the disk; some systems (Windows) cannot open a folder, which is fine. */
export function fsyncDir(dir: string) {
  try {
    fsyncPath(dir, 'r');
  } catch {
    // Best effort: the file contents were already synced.
  }
}

/**
 * `source` (encrypted with `sourceKey`, or plain from an older version) copied into `dest`,
 * encrypted with `destKey`, synced. Under the same key, with no WAL beside it (backups are
 * sealed), the bytes are copied as they are; otherwise the rows are copied into a new file
 * encrypted with the destination's key (encryption/export.ts, rowids kept).
 */
export async function copyDatabase(source: string, sourceKey: DataKey | null, dest: string, destKey: DataKey): Promise<void> {
  if (sourceKey && sameKey(sourceKey, destKey) && !existsSync(`${source}-wal`)) {
    copyFileSynced(source, dest);
    return;
  }
  await exportDatabase(source, sourceKey, dest, destKey);
}

/**
 * The live database copied while the app runs: its WAL checkpointed into the file, then the
 * file's (encrypted) bytes copied and synced. See backups.ts for why this is consistent.
 */
export function copyLiveDatabase(db: Db, live: string, dest: string) {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (!result || result.busy !== 0) throw new AppError('storage', 'backups.busy');
  copyFileSynced(live, dest);
}

/** A plain byte copy, synced (used to put the pre-restore copy back). */
export function copyFileSynced(source: string, dest: string) {
  copyFileSync(source, dest);
  fsyncPath(dest, 'r+');
}

/**
 * Replaces `live` by `prepared` (a synced file in the same folder) with one rename. Only
 * called once every connection to `live` is closed cleanly, so its WAL holds nothing left.
 */
export function putInPlace(prepared: string, live: string) {
  for (const side of SIDE_FILES) rmSync(live + side, { force: true });
  renameSync(prepared, live);
  fsyncDir(dirname(live));
}

/**
 * Moves `live` and its side files into `folder` under a dated name, never deleting them.
 * Returns the new path of the main file, or null when there was no file to move.
 */
export function moveAside(live: string, folder: string, name: string): string | null {
  if (!existsSync(live)) return null;
  mkdirSync(folder, { recursive: true });
  const target = join(folder, name);
  renameSync(live, target);
  for (const side of SIDE_FILES) if (existsSync(live + side)) renameSync(live + side, target + side);
  fsyncDir(folder);
  fsyncDir(dirname(live));
  return target;
}

/** Puts back what moveAside moved (a restore that could not open). */
export function moveBack(moved: string, live: string) {
  renameSync(moved, live);
  for (const side of SIDE_FILES) if (existsSync(moved + side)) renameSync(moved + side, live + side);
  fsyncDir(dirname(live));
}

export const tempNameFor = (live: string, stamp: string) => join(dirname(live), `.${basename(live)}-restore-${stamp}.tmp`);
