import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openConnection } from '../../electron/services/db/connection';
import { readKeyFile } from '../../electron/services/keys/key-file';
import { parsePhrase } from '../../electron/services/keys/recovery-phrase';
import { openPhraseBox } from '../../electron/services/keys/vault';

/** The recovery phrase every e2e data folder is set up with (through `--key-file`). */
export const E2E_PHRASE = 'abaisser amusant dauphin gélule marbre pleurer soupape viaduc';

/** A phrase file beside (not inside) the data folder, private to this account as the CLI requires. */
export function writePhraseFile(folder: string, phrase = E2E_PHRASE): string {
  const path = join(folder, 'phrase.txt');
  writeFileSync(path, `${phrase}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

/** Opens a data folder's database (or one of its copies, `path`) from the test, as the app does with the phrase (scrypt included). */
export async function openWithPhrase(dataDir: string, options: { readonly?: boolean; path?: string } = {}) {
  const file = readKeyFile(dataDir);
  if (file.status !== 'ok') throw new Error(`no key file in ${dataDir}`);
  const parsed = parsePhrase(E2E_PHRASE);
  if (!parsed.ok) throw new Error('E2E_PHRASE is not a phrase');
  const key = await openPhraseBox(file.value.phrase, file.value.keyId, parsed.text);
  if (!key) throw new Error('E2E_PHRASE does not open this folder');
  return openConnection(options.path ?? join(dataDir, 'binome.sqlite'), key, { readonly: options.readonly ?? false });
}
