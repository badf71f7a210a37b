import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { AppError } from './errors';

export const LOCK_FILE_NAME = 'binome.lock';

export interface DataFolderLock {
  readonly dir: string;
  readonly path: string;
  /** Lets go of the lock (a clean exit does not need it: the system releases it with the process). */
  release(): void;
}

const held = new Set<DataFolderLock>();

/**
 * One Binôme process per data folder, whatever the transport: two processes on one folder
 * would each restore over the other's acknowledged writes.
 *
 * Why an SQLite lock on a file of its own rather than a PID file or a socket:
 * - the lock is the operating system's (fcntl byte-range locks on POSIX, LockFileEx on
 *   Windows), owned by the process: a crash or a kill -9 releases it, so no stale lock ever
 *   blocks the next start, and there is no PID to reuse or check;
 * - better-sqlite3 is already a dependency built for both Node and Electron, so this works the
 *   same in browser mode and in the desktop app, on every platform, without another native module
 *   (Node has no flock);
 * - the file is separate from binome.sqlite because a restore closes and reopens the database: the
 *   lock must stay held across it.
 * `locking_mode=EXCLUSIVE` plus an open `BEGIN EXCLUSIVE` holds the write lock for the life of the
 * connection; the file is never written, so it stays empty (and no journal is made beside it).
 * Busy timeout 0: a second process learns at once that the folder is taken.
 *
 * POSIX locks belong to the process and are dropped when any descriptor of the file is closed,
 * so nothing else in the process may open this file (SQLite's own connections are safe: it tracks
 * them). They may be unreliable on network file systems, where the data folder should not be.
 */
export function lockDataFolder(dir: string): DataFolderLock {
  const path = join(dir, LOCK_FILE_NAME);
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: 0 });
  } catch {
    throw new AppError('storage', 'dataFolder.lockFailed', { dir });
  }
  try {
    // No journal file beside it: BEGIN EXCLUSIVE would otherwise create binome.lock-journal.
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new AppError('conflict', 'dataFolder.alreadyOpen', { dir });
    throw new AppError('storage', 'dataFolder.lockFailed', { dir });
  }
  const lock: DataFolderLock = {
    dir,
    path,
    release() {
      if (!held.delete(lock)) return;
      db.close();
    },
  };
  // Kept reachable for the life of the process: a collected connection would close and unlock.
  held.add(lock);
  return lock;
}
