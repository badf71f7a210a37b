/** Which app the e2e specs drive: browser mode (default, `npm test`) or the real Electron app. */
export type E2eTarget = 'browser' | 'electron';

export const E2E_TARGET_ENV = 'BINOME_E2E_TARGET';

export function e2eTarget(env: NodeJS.ProcessEnv = process.env): E2eTarget {
  const value = (env[E2E_TARGET_ENV] ?? '').trim().toLowerCase();
  if (value === '' || value === 'browser') return 'browser';
  if (value === 'electron') return 'electron';
  throw new Error(`${E2E_TARGET_ENV} must be "browser" (the default) or "electron", not "${env[E2E_TARGET_ENV]}".`);
}

/** What a spec sees of the app under test, whichever the target. */
export interface AppServer {
  /**
   * Where `page.goto` opens the app. Browser mode: the one-time address the server printed
   * (`/open?code=…`): it opens the app once, then is refused; once a page holds the session cookie,
   * reload it or go to `origin`; after `restart()` this is the new server's address. Electron: app://binome/.
   */
  url: string;
  origin: string;
  /** This test's own data folder (database, settings, backups). */
  dataDir: string;
  /** What a helper who closed the tab does: presses Enter in the server's terminal, gets a new one-time address (Electron: the app's URL). */
  newUrl(): Promise<string>;
  /**
   * Stops the app (SIGTERM by default, SIGKILL to simulate a crash) and starts it again on the same data.
   * `env`, when given, replaces `serverEnv` for this and later launches (e.g. BINOME_CLOCK_OFFSET_MS).
   */
  restart(signal?: NodeJS.Signals, env?: Record<string, string>): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface AppFixtures {
  app: AppServer;
  /** Requests that left the app (browser mode: off loopback; Electron: off the app:// bundle). Must stay empty. */
  offLoopback: string[];
  /** Extra environment for the app process (test hooks such as BINOME_CLOCK_OFFSET_MS). */
  serverEnv: Record<string, string>;
  /**
   * Browser mode: start with `--key-file` (the default: the folder is set up with E2E_PHRASE and
   * opens without the first page); false to meet the set-up and unlock pages as a helper does.
   */
  withPhraseFile: boolean;
}
