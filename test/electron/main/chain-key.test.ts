import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAIN_KEY_FILE, loadChainKey, type KeyVault } from '../../../electron/main/chain-key';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/**
 * Electron cannot run here, so safeStorage is stood in for by a vault that really wraps (an
 * XOR with a secret of its own, so the file never holds the key in clear) and can be told to
 * be unavailable, to be Linux's fixed-password backend, or to belong to another account.
 */
function vault(options: { available?: boolean; backend?: string; secret?: number; reEncrypt?: boolean } = {}): KeyVault {
  const secret = options.secret ?? 0x5a;
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ secret));
  return {
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (text) => Buffer.concat([Buffer.from([secret]), xor(Buffer.from(text, 'utf8'))]),
    async decryptStringAsync(data) {
      if (data[0] !== secret) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: xor(data.subarray(1)).toString('utf8'), shouldReEncrypt: options.reEncrypt ?? false };
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

describe('the key of the seal over the chains’ heads', () => {
  it('is made once, kept only wrapped, private, and the same at every start', async () => {
    const dir = tempDir();
    const key = await loadChainKey(dir, vault(), 'win32');
    expect(key).toHaveLength(32);
    const file = join(dir, CHAIN_KEY_FILE);
    expect(readFileSync(file).includes(key!.toString('base64'))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadChainKey(dir, vault(), 'win32')).toEqual(key);
    expect(await loadChainKey(dir, vault({ reEncrypt: true }), 'win32')).toEqual(key);
    expect(readdirSync(dir)).toEqual([CHAIN_KEY_FILE]);
  });

  it('is null where the system has no key store, or only Linux’s fixed password', async () => {
    const dir = tempDir();
    expect(await loadChainKey(dir, vault({ available: false }), 'win32')).toBeNull();
    expect(await loadChainKey(dir, vault({ backend: 'basic_text' }), 'linux')).toBeNull();
    expect(existsSync(join(dir, CHAIN_KEY_FILE))).toBe(false);
    expect(await loadChainKey(dir, vault({ backend: 'basic_text' }), 'win32')).toHaveLength(32);
  });

  it('opened under another account: the old file is kept aside and a new key made', async () => {
    const dir = tempDir();
    const first = await loadChainKey(dir, vault({ secret: 1 }), 'win32');
    const second = await loadChainKey(dir, vault({ secret: 2 }), 'win32');
    expect(second).toHaveLength(32);
    expect(second).not.toEqual(first);
    const files = readdirSync(dir);
    expect(files).toHaveLength(2);
    expect(files).toContain(CHAIN_KEY_FILE);
    expect(files.find((f) => f !== CHAIN_KEY_FILE)).toMatch(/^chain-seal\.key\.unreadable-\d+$/);
    // A file that is not a wrapped key of ours at all goes the same way.
    writeFileSync(join(dir, CHAIN_KEY_FILE), 'abîmé');
    expect(await loadChainKey(dir, vault({ secret: 2 }), 'win32')).toHaveLength(32);
  });
});
