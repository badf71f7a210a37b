import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layering rules are the point of this file: shared/ is pure (no electron, no Node,
 * no DOM), the renderer never reaches into electron/, and services never import electron.
 */
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'events', 'buffer', 'process', 'zlib', 'tls', 'dns', 'module', 'vm', 'v8', 'timers', 'readline', 'assert', 'perf_hooks'];
const nodeSubpaths = ['fs/promises', 'path/posix', 'path/win32', 'stream/promises', 'timers/promises', 'dns/promises', 'util/types', 'readline/promises'];
// Bare names are matched exactly (as `paths`), so a local file such as ./events is not mistaken for Node's.
const nodePaths = (message) => [...nodeBuiltins, ...nodeSubpaths].map((name) => ({ name, message }));
const nodeImportPatterns = ['node:*'];

/** The renderer's layering; `more` adds patterns (a later block replaces a rule's options, it does not merge them). */
const rendererImports = (more = []) => ({
  paths: [{ name: 'electron', message: 'The renderer reaches data only through window.binome.' }, ...nodePaths('No Node in the renderer.')],
  patterns: [
    { group: ['**/electron/**'], message: 'The renderer never imports from electron/.' },
    { group: nodeImportPatterns, message: 'No Node in the renderer.' },
    ...more,
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'release-e2e/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // French texts put a non-breaking space before « : ; ? ! » and inside « » (docs/french-style.md),
      // in template literals too; whitespace in code itself is still checked.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure: no Electron.' }, ...nodePaths('shared/ is pure: no Node built-ins.')],
          patterns: [
            { group: nodeImportPatterns, message: 'shared/ is pure: no Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'], message: 'shared/ imports only shared/ and pure libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', rendererImports()] },
  },
  {
    // Components render state and call actions: the bridge is reached from the stores only
    // (renderer/src/stores: zustand stores, useQuery, the write actions). README, "The renderer's data".
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/stores/**', 'renderer/src/bridge.ts'],
    rules: {
      'no-restricted-imports': ['error', rendererImports([{ group: ['**/bridge'], message: 'Only renderer/src/stores/ calls the bridge: read with useQuery or a store, write through an action.' }])],
      'no-restricted-properties': ['error', { object: 'window', property: 'binome', message: 'Only renderer/src/stores/ calls the bridge.' }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services run in plain Node: no Electron import.' }] }],
    },
  },
  {
    files: ['electron/web/bridge-client.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
