import { _electron, test as base, expect, type ElectronApplication, type Page, type TestInfo } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../../electron/main/app-origin';
import { requireElectronRuntime, type ElectronRuntime } from './electron-runtime';
import type { AppFixtures, AppServer } from './target';

/** Hooks only browser mode's CLI reads: the desktop app has no way to shift its clock, by design. */
const BROWSER_ONLY_ENV = ['BINOME_CLOCK_OFFSET_MS'];

function skipBrowserOnlyHooks(testInfo: TestInfo, env: Record<string, string>) {
  const used = BROWSER_ONLY_ENV.filter((key) => key in env);
  testInfo.skip(used.length > 0, `${used.join(', ')}: a browser-mode test hook the desktop app does not read`);
}

/** One running copy of the app and its first window. */
interface Launched {
  electron: ElectronApplication;
  window: Page;
}

async function launch(runtime: ElectronRuntime, dataDir: string, extraEnv: Record<string, string>, offApp: string[]): Promise<Launched> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  Object.assign(env, extraEnv);
  const electron = await _electron.launch({
    // From the sources, no executablePath: Playwright then starts node_modules' Electron with its
    // loader, which holds `ready` until it is attached (the runtime's presence is checked first).
    ...(runtime.kind === 'installed' ? { executablePath: runtime.executablePath } : {}),
    args: [...(runtime.kind === 'sources' ? [runtime.appDir] : []), `--data-dir=${dataDir}`],
    cwd: runtime.kind === 'sources' ? runtime.appDir : undefined,
    env,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    timeout: 60_000,
  });
  // Every window of the app (the hidden print window too) may only ask our own bundle for anything.
  electron.context().on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || isAppUrl(url)) return;
    offApp.push(url);
  });
  const window = await electron.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { electron, window };
}

/**
 * SIGTERM: a normal quit (the app closes its services). SIGKILL: the process tree dies at once, as in a
 * crash — on Windows Playwright starts the app through a shell, so the whole tree is killed.
 */
async function stopApp(launched: Launched, signal: NodeJS.Signals) {
  const { electron } = launched;
  const child = electron.process();
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (signal !== 'SIGKILL') return electron.close();
  const closed = electron.waitForEvent('close', { timeout: 30_000 });
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F']);
  else child.kill('SIGKILL');
  await closed;
}

/** The spec's `page`: always the current first window, including after a restart replaced it. */
function followCurrentWindow(current: () => Page): Page {
  return new Proxy({} as Page, {
    get(_target, property) {
      const page = current();
      const value: unknown = Reflect.get(page, property, page);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(page) : value;
    },
    has: (_target, property) => property in current(),
  });
}

/** The running app of one test; a restart replaces `current`, never the data folder. */
interface ElectronAppHolder {
  current: Launched;
  readonly runtime: ElectronRuntime;
  readonly dataDir: string;
  readonly offApp: string[];
  env: Record<string, string>;
}

type ElectronFixtures = AppFixtures & { electronApp: ElectronAppHolder };

/**
 * The same fixtures as browser mode, backed by the real desktop app through Playwright's Electron
 * support: each test gets its own data folder (passed as --data-dir) and the app's first window as `page`.
 */
export const electronTest = base.extend<ElectronFixtures>({
  serverEnv: [{}, { option: true }],
  // Browser mode only: the desktop app has no --key-file (it meets the set-up page on a new folder).
  withPhraseFile: [true, { option: true }],
  electronApp: async ({ serverEnv }, use, testInfo) => {
    const runtime = requireElectronRuntime();
    skipBrowserOnlyHooks(testInfo, serverEnv);
    const dataDir = mkdtempSync(join(tmpdir(), 'binome-e2e-'));
    try {
      const offApp: string[] = [];
      const holder: ElectronAppHolder = { current: await launch(runtime, dataDir, serverEnv, offApp), runtime, dataDir, offApp, env: serverEnv };
      await use(holder);
      await stopApp(holder.current, 'SIGTERM');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  app: async ({ electronApp: holder }, use, testInfo) => {
    const server: AppServer = {
      url: APP_ENTRY_URL,
      origin: APP_ORIGIN,
      dataDir: holder.dataDir,
      // The desktop app has no address to hand out: a closed window is reopened by launching the app again.
      newUrl: () => Promise.resolve(APP_ENTRY_URL),
      async restart(signal = 'SIGTERM', nextEnv) {
        if (nextEnv) skipBrowserOnlyHooks(testInfo, nextEnv);
        await stopApp(holder.current, signal);
        if (nextEnv) holder.env = nextEnv;
        holder.current = await launch(holder.runtime, holder.dataDir, holder.env, holder.offApp);
      },
      stop: (signal = 'SIGTERM') => stopApp(holder.current, signal),
    };
    await use(server);
  },
  page: async ({ electronApp }, use) => {
    await use(followCurrentWindow(() => electronApp.current.window));
  },
  offLoopback: [
    async ({ electronApp }, use) => {
      const off = electronApp.offApp;
      await use(off);
      expect(off, 'requests off the app:// bundle').toEqual([]);
    },
    { auto: true },
  ],
});
