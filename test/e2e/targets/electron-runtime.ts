import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const E2E_EXECUTABLE_ENV = 'BINOME_E2E_EXECUTABLE';

/**
 * `installed`: an installed Binôme (the Windows CI job's NSIS install), launched as is.
 * `sources`: the Electron runtime of node_modules running this checkout's `dist/` (after `npm run build`).
 */
export type ElectronRuntime = { kind: 'installed'; executablePath: string } | { kind: 'sources'; appDir: string; binary: string };

export const MISSING_RUNTIME =
  'Electron e2e (BINOME_E2E_TARGET=electron): the Electron runtime is not installed on this machine ' +
  '(node_modules/electron/dist is missing; npm install never downloads it). Run "npm run setup:electron" ' +
  'where GitHub is reachable, or set BINOME_E2E_EXECUTABLE to an installed Binôme executable. ' +
  'Browser mode (the default, plain "npm test") needs neither.';

/**
 * Finds the runtime without ever triggering a download: since Electron 42, merely requiring the
 * `electron` package fetches the binary when it is missing, which would hang here, offline.
 */
export function findElectronRuntime(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): ElectronRuntime | { error: string } {
  const installed = env[E2E_EXECUTABLE_ENV]?.trim();
  if (installed) {
    const executablePath = resolve(root, installed);
    if (!existsSync(executablePath)) return { error: `Electron e2e: ${E2E_EXECUTABLE_ENV} names ${executablePath}, which does not exist.` };
    return { kind: 'installed', executablePath };
  }
  const pkg = join(root, 'node_modules', 'electron');
  let relative: string;
  try {
    relative = readFileSync(join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    return { error: MISSING_RUNTIME };
  }
  const binary = join(pkg, 'dist', relative);
  return existsSync(binary) ? { kind: 'sources', appDir: root, binary } : { error: MISSING_RUNTIME };
}

export function requireElectronRuntime(env?: NodeJS.ProcessEnv, root?: string): ElectronRuntime {
  const runtime = findElectronRuntime(env, root);
  if ('error' in runtime) throw new Error(runtime.error);
  return runtime;
}
