import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { newDataKey } from '../../electron/services/keys/data-key';
import type { FolderKey } from '../../electron/services/keys/folder-key';
import type { OsKeyProtection } from '../../electron/services/keys/key-provider';

/** The synthetic large database's recovery phrase (it holds no one's data). */
export const BENCH_PHRASE = 'abaisser amusant dauphin gélule marbre pleurer soupape viaduc';

/** A key for the small benches' throw-away folders (no key file needed there). */
export function benchFolderKey(): FolderKey {
  const key = newDataKey();
  return {
    key,
    file: () => {
      throw new Error('no key file in this bench');
    },
  };
}

/**
 * Outside Electron there is no safeStorage: the everyday start is timed with this stand-in,
 * an AES-256-GCM wrap under a key held by this process, which costs what DPAPI's unwrap costs
 * in kind (a symmetric decryption of 32 bytes, no key derivation). DPAPI's own cost on Windows is
 * not measured here.
 */
export function osStandIn(): OsKeyProtection {
  const machineKey = randomBytes(32);
  return {
    scheme: 'electron-safeStorage',
    available: async () => true,
    async protect(secret) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', machineKey, iv);
      const body = Buffer.concat([c.update(secret, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    async reveal(blob) {
      try {
        const d = createDecipheriv('aes-256-gcm', machineKey, blob.subarray(0, 12));
        d.setAuthTag(blob.subarray(12, 28));
        return { secret: Buffer.concat([d.update(blob.subarray(28)), d.final()]).toString('utf8'), shouldReprotect: false };
      } catch {
        return null;
      }
    },
  };
}
