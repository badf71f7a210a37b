import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronRuntime, MISSING_RUNTIME } from '../e2e/targets/electron-runtime';
import { e2eTarget } from '../e2e/targets/target';

const dirs: string[] = [];
const tempRoot = () => {
  const dir = mkdtempSync(join(tmpdir(), 'binome-e2e-target-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('BINOME_E2E_TARGET', () => {
  it('is browser mode unless it says electron', () => {
    expect(e2eTarget({})).toBe('browser');
    expect(e2eTarget({ BINOME_E2E_TARGET: '' })).toBe('browser');
    expect(e2eTarget({ BINOME_E2E_TARGET: 'browser' })).toBe('browser');
    expect(e2eTarget({ BINOME_E2E_TARGET: ' Electron ' })).toBe('electron');
  });
  it('refuses a misspelt target instead of silently testing the other app', () => {
    expect(() => e2eTarget({ BINOME_E2E_TARGET: 'electorn' })).toThrow(/must be "browser" \(the default\) or "electron", not "electorn"/);
  });
});

describe('finding the Electron runtime without downloading it', () => {
  it('no electron package, or no downloaded binary: the one missing-runtime message', () => {
    const root = tempRoot();
    expect(findElectronRuntime({}, root)).toEqual({ error: MISSING_RUNTIME });
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron.exe');
    expect(findElectronRuntime({}, root)).toEqual({ error: MISSING_RUNTIME });
  });

  it('the downloaded binary: runs the sources of this checkout', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'node_modules', 'electron', 'dist'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(findElectronRuntime({}, root)).toEqual({ kind: 'sources', appDir: root, binary: join(root, 'node_modules', 'electron', 'dist', 'electron') });
  });

  it('BINOME_E2E_EXECUTABLE: the installed app, which must exist', () => {
    const root = tempRoot();
    writeFileSync(join(root, 'Binôme.exe'), '');
    expect(findElectronRuntime({ BINOME_E2E_EXECUTABLE: join(root, 'Binôme.exe') }, root)).toEqual({ kind: 'installed', executablePath: join(root, 'Binôme.exe') });
    expect(findElectronRuntime({ BINOME_E2E_EXECUTABLE: join(root, 'absent.exe') }, root)).toEqual({
      error: `Electron e2e: BINOME_E2E_EXECUTABLE names ${join(root, 'absent.exe')}, which does not exist.`,
    });
  });
});

// Here the runtime cannot be downloaded; where it has been (`npm run setup:electron`) this run would start it.
const runtimeHere = !('error' in findElectronRuntime());

describe('the e2e suite in Electron mode on a machine without the runtime', () => {
  it.skipIf(runtimeHere)('fails before any test with that one message', () => {
    const run = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', 'test/e2e/persons.spec.ts', '--reporter=line'], {
      env: { ...process.env, BINOME_E2E_TARGET: 'electron', BINOME_E2E_EXECUTABLE: '', CI: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    expect(output.split(MISSING_RUNTIME).length - 1, output).toBe(1);
    expect(output).not.toMatch(/\d+ (passed|failed)/);
  });
});
