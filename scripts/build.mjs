// Builds everything the app runs: the renderer (Vite) and the Node/Electron side (esbuild).
import { build as esbuild } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';

export async function buildAll({ quiet = false } = {}) {
  const common = { bundle: true, minify: true, sourcemap: false, logLevel: quiet ? 'error' : 'warning', target: 'node20' };
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'info' });
  await Promise.all([
    esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.js', platform: 'node', format: 'esm', packages: 'external' }),
    esbuild({ ...common, entryPoints: ['electron/web/cli.ts'], outfile: 'dist/web/cli.js', platform: 'node', format: 'esm', packages: 'external' }),
    // Sandboxed preloads must be a single CommonJS file that requires nothing but 'electron'.
    esbuild({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', platform: 'browser', format: 'cjs', external: ['electron'], target: 'chrome130' }),
    esbuild({ ...common, entryPoints: ['electron/web/bridge-client.ts'], outfile: 'dist/web/bridge.js', platform: 'browser', format: 'iife', target: 'es2022' }),
  ]);
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/.build-stamp', new Date().toISOString());
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildAll({ quiet: process.argv.includes('--quiet') });
}
