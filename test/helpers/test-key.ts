import { writeFileSync } from 'node:fs';
import { openConnection } from '../../electron/services/db/connection';
import { asDataKey, keyIdOf } from '../../electron/services/keys/data-key';
import { keyFilePath, type KeyFile } from '../../electron/services/keys/key-file';
import type { FolderKey } from '../../electron/services/keys/folder-key';
import { phraseOnly } from '../../electron/services/keys/key-provider';
import { wrapWithPhrase, type ScryptCost } from '../../electron/services/keys/phrase-wrap';
import { parsePhrase } from '../../electron/services/keys/recovery-phrase';

/**
 * scrypt's cost in tests that are not about it: the same code, 128 times cheaper (the key file
 * records the cost it was made with). Tests of the phrase itself and the e2e suite use the real one.
 */
export const TEST_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

/** A valid recovery phrase (8 words of the list). */
export const TEST_PHRASE = 'abaisser amusant dauphin gélule marbre pleurer soupape viaduc';

/** A fixed data key, so a test can open the files it made with plain SQLite calls. */
export const TEST_KEY = asDataKey(Buffer.alloc(32, 7));

const parsed = parsePhrase(TEST_PHRASE);
if (!parsed.ok) throw new Error('TEST_PHRASE is not a valid phrase');
export const TEST_PHRASE_TEXT = parsed.text;

export const TEST_KEY_FILE: KeyFile = {
  format: 'binome-key',
  version: 1,
  keyId: keyIdOf(TEST_KEY),
  phraseSetAt: '2026-01-01T00:00:00.000Z',
  phrase: await wrapWithPhrase(TEST_KEY, keyIdOf(TEST_KEY), TEST_PHRASE_TEXT, TEST_COST),
  os: null,
};

export const testFolderKey: FolderKey = { key: TEST_KEY, file: () => TEST_KEY_FILE };

/** A connection to a database file made with TEST_KEY. */
export const openTestDb = (path: string, options: Parameters<typeof openConnection>[2] = {}) => openConnection(path, TEST_KEY, options);

/** Puts TEST_KEY's key file in a data folder, as a set-up would have. */
export function writeTestKeyFile(dataDir: string) {
  writeFileSync(keyFilePath(dataDir), JSON.stringify(TEST_KEY_FILE));
}

/** What a host needs to open a folder keyed with TEST_KEY (the key file is written here). */
export function testHostKeys(dataDir: string) {
  writeTestKeyFile(dataDir);
  return { keys: phraseOnly(TEST_PHRASE), scryptCost: TEST_COST };
}
