import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import { sqlcipherKey, type DataKey } from '../keys/data-key';
import type { Db } from './types';

/** What every plain SQLite file starts with; an encrypted one starts with its random salt instead. */
export const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * How a file's pages are encrypted (SQLite3 Multiple Ciphers' schemes), always keyed with the raw
 * 256-bit data key (`x'…'`: no key derivation at open). Every file is written with `aegis`:
 * AEGIS-256, an authenticated cipher built on the AES round (AES-NI), a random 256-bit nonce and a
 * 256-bit tag per page, a random salt in the first 16 bytes, no plain header. It costs about a
 * twentieth of SQLCipher 4's AES-CBC + HMAC-SHA512 per page, which every confirmed session event
 * pays several times over (README, « The library »). `sqlcipher4` is what the first encrypted
 * builds wrote: still read, so no older file or backup is ever out of reach, and the live
 * database is re-encrypted with `aegis` at the next start (encryption/encrypt-in-place.ts).
 */
export type CipherScheme = 'aegis' | 'sqlcipher4';
export const CURRENT_SCHEME: CipherScheme = 'aegis';
const OLDER_SCHEMES: readonly CipherScheme[] = ['sqlcipher4'];

/**
 * Sets the scheme as the connection's default: the next key (or an ATTACH … KEY) uses it. A
 * schema already keyed keeps its own.
 */
export function useScheme(db: Db, scheme: CipherScheme) {
  if (scheme === 'aegis') {
    db.pragma("cipher = 'aegis'");
    // Named, not left to the library's default: the file's format must not follow a new release.
    db.pragma("algorithm = 'aegis-256'");
  } else {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
  }
}

/** The cipher and the key, set on a connection before its first read. */
export function useKey(db: Db, key: DataKey, scheme: CipherScheme = CURRENT_SCHEME) {
  useScheme(db, scheme);
  db.key(sqlcipherKey(key));
}

const notADatabase = (error: unknown) => (error as { code?: string } | null)?.code === 'SQLITE_NOTADB';

/**
 * `exclusive`: the connection takes the file for itself at its first read and keeps it until it
 * is closed (`locking_mode=EXCLUSIVE` set before that read: in WAL mode SQLite then holds an
 * exclusive lock on the file and keeps the WAL index in its own memory, no `-shm`). Another
 * process gets SQLITE_BUSY at its first read, whatever became of `binome.lock`. Only the app's one
 * connection to the live database asks for it (db/open.ts).
 */
export type ConnectionOptions = Database.Options & { exclusive?: boolean };

function openWith(path: string, key: DataKey | null, scheme: CipherScheme, { exclusive, ...options }: ConnectionOptions): Db {
  const db = new Database(path, options);
  try {
    if (exclusive) db.pragma('locking_mode = EXCLUSIVE');
    if (key) useKey(db, key, scheme);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens a Binôme database file with its data key (null: a plain file, from before encryption),
 * in the current scheme or, failing that, an older one. A wrong key or a file that is not a
 * database fail here, on the first read (SQLITE_NOTADB, the current scheme's error), rather than
 * on some later statement.
 */
export function openConnection(path: string, key: DataKey | null, options: ConnectionOptions = {}): Db {
  return openConnectionWithScheme(path, key, options).db;
}

/** The same, saying which scheme opened the file (null: plain). */
export function openConnectionWithScheme(path: string, key: DataKey | null, options: ConnectionOptions = {}): { db: Db; scheme: CipherScheme | null } {
  if (!key) return { db: openWith(path, null, CURRENT_SCHEME, options), scheme: null };
  try {
    return { db: openWith(path, key, CURRENT_SCHEME, options), scheme: CURRENT_SCHEME };
  } catch (error) {
    if (!notADatabase(error)) throw error;
    for (const scheme of OLDER_SCHEMES) {
      try {
        return { db: openWith(path, key, scheme, { ...options, fileMustExist: true }), scheme };
      } catch {
        // Not this one either: the current scheme's error is the one to report.
      }
    }
    throw error;
  }
}

/** Whether the file opens with this key in an older scheme only (it is then re-encrypted). */
export function inOlderScheme(path: string, key: DataKey): boolean {
  try {
    const { db, scheme } = openConnectionWithScheme(path, key, { readonly: true, fileMustExist: true });
    db.close();
    return scheme !== null && scheme !== CURRENT_SCHEME;
  } catch {
    return false;
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

/** SQLite's answer when another connection holds the file (db/open.ts: another process, then). */
export const isBusy = (error: unknown) => /^SQLITE_BUSY/.test(String((error as { code?: unknown } | null)?.code ?? ''));

/** A plain (unencrypted) SQLite file, as Binôme wrote them before encryption. */
export const isPlainDatabase = (path: string) => fileHeader(path).equals(PLAIN_HEADER);
