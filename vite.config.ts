import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * renderer/src/early.ts is an entry of its own, placed in the page before the app's script: tiny,
 * it runs as soon as it arrives and sends the start-up reads, which the main process answers
 * while the app's code still downloads and compiles (renderer/src/stores/startup-reads.ts).
 * `async`: a plain module script waits for the whole page to be parsed and then runs in the same
 * turn as the app's script, after all of it has arrived, which sent the reads only once the app's
 * code was there and being evaluated. The bridge it needs is defined before the page runs by
 * Electron's preload; browser mode's deferred script may come after it, and then it waits for
 * that script's signal (shared/ipc/bridge-ready.ts).
 * Vite would merge a second script of index.html into the first, hence this plugin.
 */
function earlyEntry(): Plugin {
  return {
    name: 'binome-early-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const early = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early');
        if (!early || early.type !== 'chunk') throw new Error('the early entry is missing from the bundle');
        const tags = [`<script type="module" async crossorigin src="./${early.fileName}"></script>`, ...early.imports.filter((file) => !html.includes(file)).map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`)];
        // Right before the app's script: after the CSP, and first in the order module scripts run.
        const app = html.indexOf('<script type="module"');
        if (app < 0) throw new Error('index.html has no module script');
        return `${html.slice(0, app)}${tags.join('\n    ')}\n    ${html.slice(app)}`;
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs work both under app://binome/ (Electron) and http://127.0.0.1 (browser mode).
  base: './',
  plugins: [react(), earlyEntry()],
  // The catalogues become JSON.parse('…') calls, which V8 reads faster than object literals.
  json: { stringify: true },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or data: modules: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Lazy screens share small modules with the first chunk; merging the tiny ones keeps the
    // start-up to a few files instead of a dozen requests of a few hundred bytes each.
    rollupOptions: {
      input: { index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)), early: fileURLToPath(new URL('./renderer/src/early.ts', import.meta.url)) },
      output: {
        experimentalMinChunkSize: 10_000,
        // The English catalogue as one file read on first use (see renderer/src/i18n/index.ts).
        manualChunks: (id) => (/\/renderer\/src\/i18n\/locales\/en\/|\/shared\/messages\/en\//.test(id) ? 'locale-en' : undefined),
      },
    },
  },
});
