import { hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** The 256-bit key the database, its WAL and every backup are encrypted with. Never written in clear. */
export type DataKey = Buffer & { readonly __dataKey: true };

export const DATA_KEY_BYTES = 32;

export function newDataKey(): DataKey {
  return randomBytes(DATA_KEY_BYTES) as DataKey;
}

export function asDataKey(bytes: Buffer): DataKey {
  if (bytes.length !== DATA_KEY_BYTES) throw new Error(`A data key is ${DATA_KEY_BYTES} bytes, not ${bytes.length}`);
  return bytes as DataKey;
}

/**
 * Other keys are derived from the data key, never used as it is: HKDF-SHA256 with a label per
 * purpose, so that a key for one purpose (a MAC over the logs, say) tells nothing about the data
 * key or another purpose's key. Labels are `binome/<purpose>/v<n>`; a new purpose adds a label.
 */
export type KeyPurpose = 'key-id' | 'log-mac' | 'folder-witness';

export function deriveKey(key: DataKey, purpose: KeyPurpose, bytes = 32): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `binome/${purpose}/v1`, bytes));
}

/**
 * Names a data key without revealing it: the key file, each backup's key file and the folder's
 * key are compared by it (a backup made on this folder opens without asking for the phrase).
 */
export const keyIdOf = (key: DataKey): string => deriveKey(key, 'key-id', 8).toString('hex');

export const sameKey = (a: DataKey, b: DataKey) => timingSafeEqual(a, b);

/**
 * The key as SQLite3 Multiple Ciphers takes a raw SQLCipher key: `x'<64 hex>'` skips its
 * PBKDF2 (256,000 rounds of SHA-512 at each open), which protects passwords, not random keys.
 */
export const sqlcipherKey = (key: DataKey): Buffer => Buffer.from(`x'${key.toString('hex')}'`, 'latin1');
