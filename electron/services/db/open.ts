import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { DataKey } from '../keys/data-key';
import { AppError } from '../errors';
import { isBusy, openConnection } from './connection';
import { migrate, schemaVersion } from './migrate';
import { migrations } from './migrations/index';
import { writableDb, type Db, type WritableDB } from './types';

export const DB_FILE_NAME = 'binome.sqlite';

/**
 * Pragmas are set explicitly rather than trusted to defaults: WAL for concurrent reads,
 * synchronous=FULL so a confirmed write survives a power cut, foreign keys enforced.
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // An erasure or a purge must really erase: freed space is overwritten with zeros.
  db.pragma('secure_delete = ON');
}

/** Another process has the database: what `binome.lock` says, even when that file was deleted under it. */
export function alreadyOpenError(dataDir: string, error: unknown): unknown {
  return isBusy(error) ? new AppError('conflict', 'dataFolder.alreadyOpen', { dir: dataDir }) : error;
}

/**
 * The app's one connection, encrypted with the data key, pragmas set and schema brought up to
 * date: the only handle stores accept.
 *
 * `exclusive` (the entry points, with the data-folder lock): the connection holds the file for
 * its whole life (connection.ts): the one-process rule then rests on the database itself too, not
 * only on `binome.lock`, which a second process would get if it were deleted while the app runs.
 * Nothing else of the process opens the live file while it is open: backups checkpoint through
 * it and copy the bytes, a restore copies through it and closes it before the swap, the checks
 * read through it. Tests and tools leave it off, so they may read or tamper beside the services.
 */
export function openDatabase(dataDir: string, key: DataKey, options: { migrate?: boolean; exclusive?: boolean } = {}): WritableDB {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DB_FILE_NAME);
  let connection;
  try {
    // No wait when exclusive: the holder keeps the file for its whole life.
    connection = openConnection(path, key, options.exclusive ? { exclusive: true, timeout: 0 } : {});
  } catch (error) {
    throw alreadyOpenError(dataDir, error);
  }
  if (options.exclusive) holdDescriptor(connection, path);
  const db = writableDb(connection);
  try {
    applyPragmas(db);
    if (options.migrate !== false) {
      const before = schemaVersion(db);
      // A migration may rewrite rows (0011 takes secrets out): their old pages must not linger in the WAL.
      if (migrate(db, migrations) !== before) db.pragma('wal_checkpoint(TRUNCATE)');
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const descriptors = new WeakMap<Db, number>();

/**
 * POSIX drops every lock a process holds on a file when that process closes any descriptor of
 * it: a backup that opened and closed the live file would silently give up the exclusive lock
 * (SQLite still believes it holds it and never takes it again). So the process opens the live
 * file once more, for reading, right after the connection, reads its bytes only through that
 * descriptor (restore-files.ts, copyLiveDatabase), and closes it only after the connection. On
 * Windows, locks belong to a handle and this changes nothing.
 */
function holdDescriptor(db: Db, path: string) {
  const fd = openSync(path, 'r');
  descriptors.set(db, fd);
  const close = db.close.bind(db);
  db.close = () => {
    try {
      return close();
    } finally {
      descriptors.delete(db);
      closeSync(fd);
    }
  };
}

/** The descriptor through which the live file's bytes are read while `db` holds it, if any. */
export const heldDescriptor = (db: Db): number | undefined => descriptors.get(db);
