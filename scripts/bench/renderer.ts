import type { Browser } from 'playwright-core';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BinomeApi } from '../../shared/ipc/api';
import { BENCH_PHRASE } from './bench-key';
import { launchChromium, medianReadyMs, PERSON } from './page-timing';
import { ttiFloorMs } from './tti-floor';

const DIST = 'dist/renderer';

/** `npm run build` output is needed by both figures; built once when missing. */
function ensureBuilt() {
  if (existsSync(join(DIST, 'index.html')) && existsSync('dist/web/cli.js')) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

/**
 * Gzip size of the JS the page loads before anything shows: the entry script, the chunks
 * index.html modulepreloads, and in browser mode the bridge script (dist/web/bridge.js), which
 * the server injects as a blocking script before the app. Lazy chunks (import() on demand) are not counted.
 */
export function initialJsGzipKb(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
  const files = [...new Set([...scripts, ...preloads])];
  if (scripts.length === 0) throw new Error(`${DIST}/index.html has no module script`);
  const bytes = files.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
  const bridge = gzipSync(readFileSync('dist/web/bridge.js'), { level: 9 }).length;
  return Number(((bytes + bridge) / 1024).toFixed(1));
}

/**
 * Browser mode on a fresh data folder, as test/e2e/fixtures.ts starts it; resolves with the
 * one-time URL it prints, and `nextUrl` types Enter on its stdin for another.
 */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; nextUrl: () => Promise<string> }> {
  // The folder is set up with the bench's phrase (encrypted like any data folder); the phrase is
  // read before the server listens, so it is not part of the timed page load.
  const phraseFile = `${dataDir}.phrase`;
  writeFileSync(phraseFile, BENCH_PHRASE, { mode: 0o600 });
  chmodSync(phraseFile, 0o600);
  const child = spawn(process.execPath, ['dist/web/cli.js', '--data-dir', dataDir, '--port', '0', '--key-file', phraseFile], {
    env: { ...process.env, BROWSER: 'none' },
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
  child.once('exit', (code) => {
    for (const resolve of waiting.splice(0)) resolve(`server exited with ${code}: ${stderr}`);
  });
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  const url = await next();
  if (!url.startsWith('http://')) throw new Error(url);
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

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/**
 * Navigation to an interactive step panel: one person with an open session (seeded through the
 * bridge, so stored in SQLite); the app resumes that session at start. Timed from the navigation's
 * start (page.goto) to the panel showing the stored person's name and step, with its "next step" button visible and enabled.
 * Each run uses a new browser context (empty cache), like a fresh launch. Median of `runs`.
 */
export async function timeToInteractiveMs(runs = 10): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'binome-bench-tti-'));
  const { child, url, nextUrl } = await startServer(dataDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const seedPage = await browser.newPage();
    await seedPage.goto(url);
    await seedPage.evaluate(async (name) => {
      const b = (window as unknown as { binome: BinomeApi }).binome;
      const person = await b.createPerson({ name, phone: '', notes: '' });
      if (!person.ok) throw new Error(person.error.message);
      const session = await b.startSession({ personId: person.value.id });
      if (!session.ok) throw new Error(session.error.message);
    }, PERSON);
    await seedPage.close();

    return await medianReadyMs(browser, nextUrl, runs);
  } finally {
    await browser?.close();
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.phrase`, { force: true });
  }
}

export async function benchRenderer(): Promise<{ renderer_js_gzip_kb: number; tti_ms: number; tti_floor_ms: number }> {
  ensureBuilt();
  return { renderer_js_gzip_kb: initialJsGzipKb(), tti_ms: await timeToInteractiveMs(), tti_floor_ms: await ttiFloorMs() };
}
