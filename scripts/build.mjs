// Builds everything the app runs: the renderer (Vite) and the Node/Electron side (esbuild).
import { build as esbuild } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';

/**
 * Packages whose entry is a JSON file: Node refuses to `import` JSON without an import attribute,
 * so the main-process bundles carry them instead of leaving them external (the sessions service
 * uses the scope guard, whose stop words are such a package).
 */
const JSON_PACKAGES = ['stopwords-iso'];
const bundleJsonPackages = {
  name: 'bundle-json-packages',
  setup(build) {
    const require = createRequire(import.meta.url);
    build.onResolve({ filter: new RegExp(`^(${JSON_PACKAGES.join('|')})$`) }, (args) => ({ path: require.resolve(args.path) }));
  },
};

export async function buildAll({ quiet = false } = {}) {
  const common = { bundle: true, minify: true, sourcemap: false, logLevel: quiet ? 'error' : 'warning', target: 'node20' };
  const nodeSide = { ...common, platform: 'node', format: 'esm', packages: 'external', plugins: [bundleJsonPackages] };
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'info' });
  await Promise.all([
    esbuild({ ...nodeSide, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.js' }),
    esbuild({ ...nodeSide, entryPoints: ['electron/web/cli.ts'], outfile: 'dist/web/cli.js' }),
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
