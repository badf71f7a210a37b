import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataKey } from '../keys/data-key';
import { openConnection } from './connection';
import { migrate } from './migrate';
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

/**
 * The app's one connection, encrypted with the data key, pragmas set and schema brought up to
 * date: the only handle stores accept.
 */
export function openDatabase(dataDir: string, key: DataKey, options: { migrate?: boolean } = {}): WritableDB {
  mkdirSync(dataDir, { recursive: true });
  const db = writableDb(openConnection(join(dataDir, DB_FILE_NAME), key));
  try {
    applyPragmas(db);
    if (options.migrate !== false) migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
