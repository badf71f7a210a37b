import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering is enforced by eslint.config.js; this proves the rules bite by linting
 * forbidden snippets as if they lived in each folder.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function errorsFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.message);
}

describe('layering rules', () => {
  it('shared/ may not import electron, Node built-ins or use the DOM', async () => {
    expect(await errorsFor("import { app } from 'electron';\nexport const a = app;\n", 'shared/x.ts')).toEqual([expect.stringContaining('no Electron')]);
    expect(await errorsFor("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'shared/x.ts')).toEqual([expect.stringContaining('no Node')]);
    expect(await errorsFor("import { join } from 'path';\nexport const j = join;\n", 'shared/x.ts')).toEqual([expect.stringContaining('no Node')]);
    expect(await errorsFor('export const w = window.location;\n', 'shared/x.ts')).toHaveLength(1);
    expect(await errorsFor('export const d = document.title;\n', 'shared/x.ts')).toHaveLength(1);
    expect(await errorsFor("import { z } from 'zod';\nexport const s = z.string();\n", 'shared/x.ts')).toEqual([]);
  });

  it('renderer/ may not import from electron/ nor electron', async () => {
    expect(await errorsFor("import { openDatabase } from '../../electron/services/db/open';\nexport const o = openDatabase;\n", 'renderer/src/x.ts')).toHaveLength(1);
    expect(await errorsFor("import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", 'renderer/src/x.ts')).toHaveLength(1);
    expect(await errorsFor("import { contract } from '../../shared/ipc/contract';\nexport const c = contract;\n", 'renderer/src/x.ts')).toEqual([]);
  });

  it('components reach the bridge only through the stores', async () => {
    const direct = "import { api } from '../bridge';\nexport const load = () => api().listPersons({});\n";
    expect(await errorsFor(direct, 'renderer/src/screens/X.tsx')).toEqual([expect.stringContaining('Only renderer/src/stores/')]);
    expect(await errorsFor(direct.replace("'../bridge'", "'../../bridge'"), 'renderer/src/screens/history/X.tsx')).toHaveLength(1);
    expect(await errorsFor(direct, 'renderer/src/session/X.tsx')).toHaveLength(1);
    expect(await errorsFor(direct.replace("'../bridge'", "'./bridge'"), 'renderer/src/main.tsx')).toHaveLength(1);
    expect(await errorsFor('export const load = () => window.binome?.listPersons({});\n', 'renderer/src/session/X.tsx')).toEqual([expect.stringContaining('Only renderer/src/stores/')]);
    expect(await errorsFor(direct, 'renderer/src/stores/x-actions.ts')).toEqual([]);
    // The layering still holds where the bridge rule applies.
    expect(await errorsFor("import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", 'renderer/src/screens/X.tsx')).toHaveLength(1);
  });

  it('services stay free of electron so they run in plain Node', async () => {
    expect(await errorsFor("import { app } from 'electron';\nexport const a = app;\n", 'electron/services/x.ts')).toHaveLength(1);
    expect(await errorsFor("import { app } from 'electron';\nexport const a = app;\n", 'electron/main/x.ts')).toEqual([]);
  });
});

describe('layering rules do not catch our own files', () => {
  it('a local module named like a Node built-in is allowed', async () => {
    expect(await errorsFor("import { x } from './events';\nexport const y = x;\n", 'shared/x.ts')).toEqual([]);
    expect(await errorsFor("import { x } from '../path';\nexport const y = x;\n", 'renderer/src/x.ts')).toEqual([]);
    expect(await errorsFor("import { readFile } from 'fs/promises';\nexport const r = readFile;\n", 'shared/x.ts')).toHaveLength(1);
  });
});
