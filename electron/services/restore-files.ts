import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
 * A consistent copy of `source` into `dest` through the online backup API on a read-only
 * connection, so pages still in the source's WAL come along; then synced to disk.
 */
export async function copyDatabase(source: string, dest: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(dest);
  } finally {
    db.close();
  }
  fsyncPath(dest, 'r+');
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
