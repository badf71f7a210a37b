import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What Binôme uses of Electron's safeStorage: the asynchronous API (the synchronous one is
 * deprecated since Electron 45 and goes in 46). Passed in, so this file can be tested where
 * Electron cannot run.
 */
export interface KeyVault {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only: 'basic_text' means a fixed, built-in password, which protects nothing. */
  getSelectedStorageBackend?(): string;
}

export const CHAIN_KEY_FILE = 'chain-seal.key';

/**
 * The key of the seal over the hash chains' heads (electron/services/records/chain-seal.ts):
 * 32 random bytes, kept in the data folder only wrapped by the operating system's key store
 * (safeStorage: DPAPI on Windows, the Keychain on macOS, the Secret Service on Linux), so
 * someone who copies or edits the folder cannot recompute the seal. Made at the first start.
 * Null where no real key store is available: the integrity report then says the layer is
 * not active. A wrapped key this account cannot unwrap (the folder moved to another
 * computer or account) is set aside and a new one made; the report says the key changed.
 *
 * The services only ever see `chainMacKey: () => Buffer | null`: a key derived from the data
 * key of the encryption at rest can replace this one without touching them.
 */
export async function loadChainKey(dataDir: string, vault: KeyVault, platform: NodeJS.Platform = process.platform): Promise<Buffer | null> {
  if (!(await vault.isAsyncEncryptionAvailable())) return null;
  if (platform === 'linux' && vault.getSelectedStorageBackend?.() === 'basic_text') return null;
  const path = join(dataDir, CHAIN_KEY_FILE);
  const wrapped = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (wrapped) {
    const key = await vault.decryptStringAsync(wrapped).then(
      (opened) => ({ ...opened, key: Buffer.from(opened.result, 'base64') }),
      () => null,
    );
    if (key && key.key.length === 32) {
      if (key.shouldReEncrypt) await store(path, await vault.encryptStringAsync(key.result));
      return key.key;
    }
    // Kept, not deleted: it may open again on the computer it came from.
    await rename(path, `${path}.unreadable-${Date.now()}`);
  }
  const key = randomBytes(32);
  await store(path, await vault.encryptStringAsync(key.toString('base64')));
  return key;
}

/** Written beside, then renamed: a crash never leaves half a key. Readable by this account only. */
async function store(path: string, data: Buffer): Promise<void> {
  const temp = `${path}.tmp`;
  await writeFile(temp, data, { mode: 0o600, flush: true });
  await rename(temp, path);
}
