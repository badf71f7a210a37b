/**
 * How an entry point lets the services reach the data key, without the services knowing
 * Electron: the desktop app protects the key with the operating system (safeStorage, DPAPI on
 * Windows); browser mode has no such thing and relies on the phrase, typed on the first page or
 * read from `--key-file`.
 */
export interface OsKeyProtection {
  readonly scheme: 'electron-safeStorage';
  /** False where the system offers no real protection (then the phrase is asked at each start). */
  available(): Promise<boolean>;
  protect(secret: string): Promise<Buffer>;
  /** The secret, or null when this account or this computer cannot open the blob (another laptop). */
  reveal(blob: Buffer): Promise<{ secret: string; shouldReprotect: boolean } | null>;
}

export interface KeyProvider {
  os: OsKeyProtection | null;
  /** A phrase given at launch (browser mode's `--key-file`): used to open, or to set up a new folder. */
  launchPhrase: string | null;
}

/** Browser mode, tests and tools: no operating-system protection. */
export const phraseOnly = (launchPhrase: string | null = null): KeyProvider => ({ os: null, launchPhrase });
