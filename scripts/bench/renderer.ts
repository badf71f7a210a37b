import type { Browser } from 'playwright-core';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BinomeApi } from '../../shared/ipc/api';
import { BENCH_PHRASE } from './bench-key';
import { launchChromium, PERSON, readyMs } from './page-timing';
import { median } from './stats';
import { startFloorPage } from './tti-floor';

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
 * The app's page: browser mode on a fresh data folder holding one person with an open session
 * (seeded through the bridge, so stored in SQLite); the app resumes that session at start.
 */
async function startAppPage(): Promise<{ url: () => Promise<string>; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'binome-bench-tti-'));
  const { child, url, nextUrl } = await startServer(dataDir);
  const close = async () => {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.phrase`, { force: true });
  };
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(url);
      await page.evaluate(async (name) => {
        const b = (window as unknown as { binome: BinomeApi }).binome;
        const person = await b.createPerson({ name, phone: '', notes: '' });
        if (!person.ok) throw new Error(person.error.message);
        const session = await b.startSession({ personId: person.value.id });
        if (!session.ok) throw new Error(session.error.message);
      }, PERSON);
    } finally {
      await browser.close();
    }
    return { url: nextUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * `tti_ms`: navigation to an interactive step panel, timed from the navigation's start (page.goto)
 * to the panel showing the stored person's name and step, with its "next step" button visible and
 * enabled; each load in a new browser context (empty cache), like a fresh launch.
 * `tti_floor_ms`: the same timing on the reference page (tti-floor.ts).
 * Loads of the two pages alternate in one loop (after one unmeasured load of each), so that what
 * else the machine is doing weighs on both alike; each figure is the median of `runs` loads.
 */
export async function timeToInteractive(runs = 15): Promise<{ tti_ms: number; tti_floor_ms: number; tti_ratio_vs_floor: number }> {
  const app = await startAppPage();
  let floor: Awaited<ReturnType<typeof startFloorPage>> | undefined;
  let browser: Browser | undefined;
  try {
    floor = await startFloorPage();
    browser = await launchChromium();
    const times = { app: [] as number[], floor: [] as number[] };
    await readyMs(browser, app.url);
    await readyMs(browser, floor.url);
    for (let i = 0; i < runs; i++) {
      // Alternating which page goes first keeps either from always following the other.
      const order = i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
      for (const which of order) times[which].push(await readyMs(browser, which === 'app' ? app.url : floor.url));
    }
    const tti = median(times.app);
    const ttiFloor = median(times.floor);
    return { tti_ms: Math.round(tti), tti_floor_ms: Math.round(ttiFloor), tti_ratio_vs_floor: Number((tti / ttiFloor).toFixed(2)) };
  } finally {
    await browser?.close();
    floor?.close();
    await app.close();
  }
}

export async function benchRenderer() {
  ensureBuilt();
  return { renderer_js_gzip_kb: initialJsGzipKb(), ...(await timeToInteractive()) };
}
