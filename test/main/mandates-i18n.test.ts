import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../renderer/src');
const load = (lang: string) => JSON.parse(readFileSync(join(root, `i18n/locales/${lang}/mandates.json`), 'utf8')) as Record<string, unknown>;

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every `t('mandates.…')` written literally in the mandate screens. */
function usedKeys(): string[] {
  const files = [
    ...readdirSync(join(root, 'screens/mandates')).map((f) => join(root, 'screens/mandates', f)),
    join(root, 'screens/PrintScreen.tsx'),
    join(root, 'components/SignatureCanvas.tsx'),
    join(root, 'components/TextDocumentView.tsx'),
  ];
  return files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('(mandates\.[\w.]+)'/g)].map((m) => m[1]!));
}

describe('mandate translations', () => {
  it('English has exactly the French keys', () => {
    expect(keys(load('en')).sort()).toEqual(keys(load('fr')).sort());
  });

  it('every key the screens use exists (plural keys by their _one/_other forms)', () => {
    const known = new Set(keys(load('fr')).map((k) => k.replace(/_(one|other)$/, '')));
    const missing = usedKeys().filter((k) => !known.has(k));
    expect(missing).toEqual([]);
    expect(usedKeys().length).toBeGreaterThan(50);
  });
});
