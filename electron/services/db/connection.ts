import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import { sqlcipherKey, type DataKey } from '../keys/data-key';
import type { Db } from './types';

/** What every plain SQLite file starts with; an encrypted one starts with its random salt instead. */
export const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * The cipher, set on every connection before its key: SQLCipher 4's format (AES-256-CBC per page,
 * HMAC-SHA512 per page, a random salt in the first 16 bytes, no plain header), as SQLite3 Multiple
 * Ciphers implements it, so the files open with the SQLCipher tools too.
 */
export function useKey(db: Db, key: DataKey) {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.key(sqlcipherKey(key));
}

/**
 * Opens a Binôme database file with its data key (null: a plain file, from before encryption).
 * A wrong key or a file that is not a database fail here, on the first read (SQLITE_NOTADB),
 * rather than on some later statement.
 */
export function openConnection(path: string, key: DataKey | null, options: Database.Options = {}): Db {
  const db = new Database(path, options);
  try {
    if (key) useKey(db, key);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The first 16 bytes of a file (fewer when it is shorter). */
export function fileHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(PLAIN_HEADER.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A plain (unencrypted) SQLite file, as Binôme wrote them before encryption. */
export const isPlainDatabase = (path: string) => fileHeader(path).equals(PLAIN_HEADER);
