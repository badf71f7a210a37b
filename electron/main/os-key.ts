import type { OsKeyProtection } from '../services/keys/key-provider';

/** The part of Electron's safeStorage this uses (the asynchronous API: the synchronous one goes in Electron 46). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  getSelectedStorageBackend?(): string;
}

/**
 * The data key protected by the operating system: DPAPI on Windows (tied to the Windows account
 * on this computer), the Keychain on macOS, the secret service on Linux. On Linux without a
 * keyring, Electron falls back to a fixed password ("basic_text"): no protection at all, so it
 * counts as unavailable and the phrase is asked at each start instead.
 */
export function safeStorageProtection(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): OsKeyProtection {
  return {
    scheme: 'electron-safeStorage',
    async available() {
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return false;
      return safeStorage.isAsyncEncryptionAvailable();
    },
    protect: (secret) => safeStorage.encryptStringAsync(secret),
    async reveal(blob) {
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(blob);
        return { secret: result, shouldReprotect: shouldReEncrypt };
      } catch {
        // Another account or another computer: DPAPI cannot open it. The phrase will.
        return null;
      }
    },
  };
}
