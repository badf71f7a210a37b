import { asDataKey, keyIdOf, newDataKey, type DataKey } from './data-key';
import { readKeyFile, writeKeyFile, type KeyFile, type OsWrapped } from './key-file';
import type { OsKeyProtection } from './key-provider';
import { SCRYPT_DEFAULT, unwrapWithPhrase, wrapWithPhrase, type PhraseWrapped, type ScryptCost } from './phrase-wrap';

/** The data key in memory, the key file it came from, and how it was opened (Réglages says so). */
export interface Unlocked {
  key: DataKey;
  file: KeyFile;
  by: 'os' | 'phrase';
}

async function osWrap(os: OsKeyProtection | null, key: DataKey): Promise<OsWrapped | null> {
  if (!os || !(await os.available())) return null;
  try {
    const blob = await os.protect(key.toString('base64'));
    return { scheme: os.scheme, blob: blob.toString('base64') };
  } catch {
    // Without it the phrase is asked at each start: inconvenient, never a lock-out.
    return null;
  }
}

/** The everyday start: the operating system opens the key, no phrase typed, no scrypt run. */
export async function unlockWithOs(dataDir: string, file: KeyFile, os: OsKeyProtection | null): Promise<Unlocked | null> {
  if (!os || !file.os || file.os.scheme !== os.scheme || !(await os.available())) return null;
  let revealed: Awaited<ReturnType<OsKeyProtection['reveal']>>;
  try {
    revealed = await os.reveal(Buffer.from(file.os.blob, 'base64'));
  } catch {
    return null;
  }
  if (!revealed) return null;
  let key: DataKey;
  try {
    key = asDataKey(Buffer.from(revealed.secret, 'base64'));
  } catch {
    return null;
  }
  if (keyIdOf(key) !== file.keyId) return null;
  let current = file;
  if (revealed.shouldReprotect) {
    const again = await osWrap(os, key);
    if (again) {
      current = { ...file, os: again };
      writeKeyFile(dataDir, current);
    }
  }
  return { key, file: current, by: 'os' };
}

/** A phrase-wrapped key opened with the phrase: the key, or null for a wrong phrase. */
export async function openPhraseBox(box: PhraseWrapped, keyId: string, phraseText: string): Promise<DataKey | null> {
  const key = await unwrapWithPhrase(box, keyId, phraseText);
  return key && keyIdOf(key) === keyId ? key : null;
}

/**
 * The phrase opens the key (a new laptop, a lost OS key, browser mode). Where the operating system
 * can protect it, the key is wrapped for this computer again, so the next start asks nothing.
 */
export async function unlockWithPhrase(dataDir: string, file: KeyFile, phraseText: string, os: OsKeyProtection | null): Promise<Unlocked | null> {
  const key = await openPhraseBox(file.phrase, file.keyId, phraseText);
  if (!key) return null;
  let current = file;
  if (os) {
    const again = await osWrap(os, key);
    if (again) {
      current = { ...file, os: again };
      writeKeyFile(dataDir, current);
    }
  }
  return { key, file: current, by: 'phrase' };
}

/** First start: a new random data key, wrapped by the phrase and, where possible, by the system. */
export async function createKey(dataDir: string, phraseText: string, os: OsKeyProtection | null, now: Date, cost: ScryptCost = SCRYPT_DEFAULT): Promise<Unlocked> {
  const key = newDataKey();
  return adoptKey(dataDir, key, await wrapWithPhrase(key, keyIdOf(key), phraseText, cost), os, now);
}

/**
 * Writes the key file for a key this folder did not have yet: a new one (set-up) or a backup's
 * (restored on a new laptop: the backup's phrase-wrapped key is kept as it is, so the same phrase
 * goes on opening everything).
 */
export async function adoptKey(dataDir: string, key: DataKey, box: PhraseWrapped, os: OsKeyProtection | null, now: Date): Promise<Unlocked> {
  const file: KeyFile = {
    format: 'binome-key',
    version: 1,
    keyId: keyIdOf(key),
    phraseSetAt: now.toISOString(),
    phrase: box,
    os: await osWrap(os, key),
  };
  writeKeyFile(dataDir, file);
  return { key, file, by: 'phrase' };
}

/** A new phrase for the same key: only the key file changes, not one byte of the data. */
export async function rewrapPhrase(dataDir: string, unlocked: Unlocked, newPhraseText: string, now: Date, cost: ScryptCost = SCRYPT_DEFAULT): Promise<Unlocked> {
  const file: KeyFile = { ...unlocked.file, phraseSetAt: now.toISOString(), phrase: await wrapWithPhrase(unlocked.key, unlocked.file.keyId, newPhraseText, cost) };
  writeKeyFile(dataDir, file);
  return { ...unlocked, file };
}

export { readKeyFile };
