import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs work both under app://binome/ (Electron) and http://127.0.0.1 (browser mode).
  base: './',
  plugins: [react()],
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
      output: {
        experimentalMinChunkSize: 10_000,
        // The English catalogue as one file read on first use (see renderer/src/i18n/index.ts).
        manualChunks: (id) => (/\/renderer\/src\/i18n\/locales\/en\/|\/shared\/messages\/en\//.test(id) ? 'locale-en' : undefined),
      },
    },
  },
});
