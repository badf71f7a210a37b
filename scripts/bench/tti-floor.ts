import react from '@vitejs/plugin-react';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { SECURITY_HEADERS } from '../../electron/web/security-headers';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/**
 * The page of `tti_floor_ms`: only React and i18next and a static panel (tti-floor/main.tsx),
 * built by Vite like the app and served from loopback with the same security headers as browser
 * mode (its Cross-Origin-Opener-Policy alone makes Chromium load the page in a process of its
 * own, which any page served so pays). Timed like the app's page, it puts `tti_ms` in scale on
 * the machine that measured it.
 */
export async function startFloorPage(): Promise<{ url: string; close(): void }> {
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
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close() {
      server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
