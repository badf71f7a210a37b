import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AppServer {
  url: string;
  origin: string;
  dataDir: string;
  /**
   * Stops the server (SIGTERM by default, SIGKILL to simulate a crash) and starts it again on the same data.
   * `env`, when given, replaces `serverEnv` for this and later launches (e.g. BINOME_CLOCK_OFFSET_MS).
   */
  restart(signal?: NodeJS.Signals, env?: Record<string, string>): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `dist/web/cli.js` (built by `npm run test:e2e`) and waits for the URL line it prints. */
async function launch(dataDir: string, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/web/cli.js', '--data-dir', dataDir, '--port', '0'], {
    env: { ...process.env, BROWSER: 'none', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

/**
 * A start that is expected to be refused: resolves with its exit code and output once it ends.
 * Fails the test if it prints a URL (it got the data folder) — it is then stopped.
 */
export function launchExpectingRefusal(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['dist/web/cli.js', '--data-dir', dataDir, '--port', '0'], {
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

export const test = base.extend<{ app: AppServer; offLoopback: string[]; serverEnv: Record<string, string> }>({
  serverEnv: [{}, { option: true }],
  app: async ({ serverEnv }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'binome-e2e-'));
    let env = serverEnv;
    let { child, url } = await launch(dataDir, env);
    const server: AppServer = {
      url,
      origin: new URL(url).origin,
      dataDir,
      async restart(signal = 'SIGTERM', nextEnv) {
        await stopChild(child, signal);
        if (nextEnv) env = nextEnv;
        ({ child, url } = await launch(dataDir, env));
        server.url = url;
        server.origin = new URL(url).origin;
      },
      stop: (signal) => stopChild(child, signal),
    };
    await use(server);
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
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

export { expect };

/** axe-core with the WCAG 2.2 A and AA rules: no violation allowed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
}
