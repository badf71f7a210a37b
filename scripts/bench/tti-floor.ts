import react from '@vitejs/plugin-react';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { launchChromium, medianReadyMs } from './page-timing';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/**
 * `tti_floor_ms`: the same timing as `tti_ms` (fresh contexts, same probe, median of `runs`) on a
 * page holding only React and i18next and a static panel (tti-floor/main.tsx), served from
 * loopback. It puts `tti_ms` in scale on the machine that measured it.
 */
export async function ttiFloorMs(runs = 10): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'binome-bench-floor-'));
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'tti-floor'),
    base: './',
    plugins: [react()],
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
  const server = createServer((req, res) => {
    const path = normalize(join(out, new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    return await medianReadyMs(browser, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, runs);
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
