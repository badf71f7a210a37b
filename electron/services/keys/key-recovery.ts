import { existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rollingBackups, stamp } from '../backups';
import { isPlainDatabase, openConnection } from '../db/connection';
import { DB_FILE_NAME } from '../db/open';
import { fsyncDir } from '../restore-files';
import type { DataKey } from './data-key';
import { keyFilePath, readBackupKeyFile, KEY_FILE_NAME } from './key-file';
import type { PhraseWrapped } from './phrase-wrap';
import { openPhraseBox } from './vault';

/**
 * The folder's key file gone, damaged or not this data's: the same data key, wrapped by the same
 * phrase, sits beside every rolling backup (`<copy>.key.json`). With the phrase, one of them gives
 * the key back; it is taken only once it opens the live database, so a backup's key never
 * replaces the key of data it does not open.
 */

/** A backup's phrase-wrapped key, with the backup it came from (the notice names its date). */
export interface SpareBox {
  backup: string;
  createdAt: number;
  keyId: string;
  box: PhraseWrapped;
}

const nonEmpty = (path: string) => existsSync(path) && statSync(path).isFile() && statSync(path).size > 0;

/**
 * Whether the folder holds data a key opens: an encrypted live database or an encrypted backup.
 * Then a missing key file is never answered by a new key (that would leave the data unreadable):
 * an older version's plain folder (no key yet) is the only set-up over existing files.
 */
export function hasEncryptedData(dataDir: string): boolean {
  const live = join(dataDir, DB_FILE_NAME);
  if (nonEmpty(live) && !isPlainDatabase(live)) return true;
  return rollingBackups(dataDir).some((b) => nonEmpty(b.path) && !isPlainDatabase(b.path));
}

/** The rolling backups' key files, newest first, one per distinct wrap (each costs a scrypt run). */
export function spareBoxes(dataDir: string): SpareBox[] {
  const seen = new Set<string>();
  const boxes: SpareBox[] = [];
  for (const b of rollingBackups(dataDir).reverse()) {
    const read = readBackupKeyFile(b.path);
    if (read.status !== 'ok') continue;
    const id = `${read.value.keyId}/${read.value.phrase.salt}/${read.value.phrase.wrapped}`;
    if (seen.has(id)) continue;
    seen.add(id);
    boxes.push({ backup: b.path, createdAt: b.createdAt, keyId: read.value.keyId, box: read.value.phrase });
  }
  return boxes;
}

/** The key opens this file: its first page decrypts and its schema reads. */
function opens(path: string, key: DataKey): boolean {
  if (!nonEmpty(path)) return false;
  try {
    openConnection(path, key, { readonly: true, fileMustExist: true, timeout: 0 }).close();
    return true;
  } catch {
    return false;
  }
}

export type Recovered =
  /** The phrase opened a backup's key, and that key opens the live database (or, with no live file, its backup). */
  | { kind: 'found'; key: DataKey; spare: SpareBox }
  /** The phrase opened a backup's key, which does not open the live database: that one may be damaged. */
  | { kind: 'noMatch'; key: DataKey; spare: SpareBox }
  /** The phrase opened none of them. */
  | { kind: 'wrongPhrase' };

export async function recoverFromBackups(dataDir: string, boxes: SpareBox[], phraseText: string): Promise<Recovered> {
  const live = join(dataDir, DB_FILE_NAME);
  let noMatch: Recovered | null = null;
  for (const spare of boxes) {
    const key = await openPhraseBox(spare.box, spare.keyId, phraseText);
    if (!key) continue;
    const target = nonEmpty(live) ? live : spare.backup;
    if (opens(target, key)) return { kind: 'found', key, spare };
    noMatch ??= { kind: 'noMatch', key, spare };
  }
  return noMatch ?? { kind: 'wrongPhrase' };
}

/**
 * A key file that could not be used is renamed, never deleted, before a new one is written: it
 * may be the evidence of what happened. Returns the name it now has, or null when there was none.
 */
export function setKeyFileAside(dataDir: string, at: number): string | null {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) return null;
  const aside = join(dataDir, `${KEY_FILE_NAME}.mis-de-cote-${stamp(at)}`);
  renameSync(path, aside);
  fsyncDir(dataDir);
  return aside;
}

/** A backup's local date as a message's day (« depuis la sauvegarde du 3 mars 2026 »). */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
