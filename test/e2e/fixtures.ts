import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writePhraseFile } from './data-key';
import { electronTest } from './targets/electron-target';
import { e2eTarget, type AppFixtures, type AppServer } from './targets/target';

export type { AppServer };

interface Launched {
  child: ChildProcess;
  url: string;
  /** Types Enter on the server's stdin and resolves with the next address it prints. */
  nextUrl(): Promise<string>;
}

/**
 * The phrase file each test's server reads (`--key-file`): a new data folder is set up with it,
 * later starts open with it. Beside the data folder, private to this account.
 */
const phraseFileFor = (dataDir: string) => writePhraseFile(dirname(dataDir));

/** Starts `dist/web/cli.js` (built by `npm run test:e2e`) and waits for the first URL line it prints. */
async function launch(dataDir: string, extraEnv: Record<string, string> = {}, keyFile: string | null = phraseFileFor(dataDir)): Promise<Launched> {
  const child = spawn(process.execPath, ['dist/web/cli.js', '--data-dir', dataDir, '--port', '0', ...(keyFile ? ['--key-file', keyFile] : [])], {
    env: { ...process.env, BROWSER: 'none', ...extraEnv },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const waiting: ((url: string) => void)[] = [];
  let pending = '';
  child.stdout!.on('data', (d: Buffer) => {
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.startsWith('http://127.0.0.1:')) waiting.shift()?.(line.trim());
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      waiting.push(resolve);
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    });
  const url = await next();
  return {
    child,
    url,
    nextUrl() {
      const promise = next();
      child.stdin!.write('\n');
      return promise;
    },
  };
}

/**
 * A start that is expected to be refused: resolves with its exit code and output once it ends.
 * Fails the test if it prints a URL (it got the data folder) — it is then stopped.
 */
export function launchExpectingRefusal(dataDir: string, keyFile: string | null = phraseFileFor(dataDir)): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['dist/web/cli.js', '--data-dir', dataDir, '--port', '0', ...(keyFile ? ['--key-file', keyFile] : [])], {
    env: { ...process.env, BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('http://127.0.0.1:')) {
        child.kill('SIGKILL');
        reject(new Error(`a second server started on ${dataDir}: ${stdout}`));
      }
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const stopChild = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

/** Browser mode (the default): each test starts its own loopback server on its own data folder. */
const browserTest = base.extend<AppFixtures>({
  serverEnv: [{}, { option: true }],
  withPhraseFile: [true, { option: true }],
  app: async ({ serverEnv, withPhraseFile }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'binome-e2e-'));
    const dataDir = join(root, 'data');
    const keyFile = withPhraseFile ? writePhraseFile(root) : null;
    let env = serverEnv;
    let launched = await launch(dataDir, env, keyFile);
    const server: AppServer = {
      url: launched.url,
      origin: new URL(launched.url).origin,
      dataDir,
      newUrl: () => launched.nextUrl(),
      async restart(signal = 'SIGTERM', nextEnv) {
        await stopChild(launched.child, signal);
        if (nextEnv) env = nextEnv;
        launched = await launch(dataDir, env, keyFile);
        server.url = launched.url;
        server.origin = new URL(launched.url).origin;
      },
      stop: (signal) => stopChild(launched.child, signal),
    };
    await use(server);
    await stopChild(launched.child);
    rmSync(root, { recursive: true, force: true });
  },
  // Every e2e test asserts the page never asked anything of a host off loopback.
  offLoopback: [
    async ({ page }, use) => {
      const off: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.hostname !== '127.0.0.1') off.push(request.url());
      });
      await use(off);
      expect(off, 'requests off loopback').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * The specs' `test`: browser mode unless BINOME_E2E_TARGET=electron, which drives the real desktop app
 * (targets/electron-target.ts) with the same fixtures — `app`, `page`, `offLoopback`, `serverEnv`.
 */
export const test = e2eTarget() === 'electron' ? electronTest : browserTest;

export { expect };

/** axe-core with the WCAG 2.2 A and AA rules: no violation allowed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
}
