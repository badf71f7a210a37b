import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh folder per test, removed afterwards: every store test uses real files. */
export function useTempDirs() {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), 'binome-test-'));
    dirs.push(d);
    return d;
  };
}

/**
 * The association a configured install names in Réglages: a mandate cannot be signed without its
 * name and phone. Every settings file below starts with it; a test of the unconfigured case sets
 * them to ''.
 */
export const TEST_ASSOCIATION = { associationName: 'Les Binômes du Rhône', associationPhone: '04 78 00 12 34' } as const;

/** The plain object electron-store and conf both expose as `.store`, kept in memory for service tests. */
export function memorySettingsFile(initial: Record<string, unknown> = {}): { store: Record<string, unknown> } {
  return { store: { ...TEST_ASSOCIATION, ...initial } };
}
