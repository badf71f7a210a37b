import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_OUTCOMES } from '../../shared/history/calls';
import { HYGIENE_ITEMS } from '../../shared/session/hygiene';
import { CHECKLIST_STATUSES, MANDATE_CHECK_STATUSES, SCOPE_VERDICTS, SESSION_EVENT_TYPES } from '../../shared/session/session-events';

const root = join(import.meta.dirname, '../../renderer/src');
const load = (lang: string) => JSON.parse(readFileSync(join(root, `i18n/locales/${lang}/history.json`), 'utf8')) as Record<string, unknown>;

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every `t('history.…')` written literally in the history screens and the person's file link. */
function usedKeys(): string[] {
  const dir = join(root, 'screens/history');
  const files = [...readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f)), join(root, 'App.tsx'), join(root, 'session/PersonSessions.tsx')];
  return files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('(history\.[\w.]+)'/g)].map((m) => m[1]!));
}

describe('history translations', () => {
  const known = new Set(keys(load('fr')).map((k) => k.replace(/_(one|other)$/, '')));

  it('English has exactly the French keys', () => {
    expect(keys(load('en')).sort()).toEqual(keys(load('fr')).sort());
  });

  it('every key the screens use exists', () => {
    const missing = usedKeys().filter((k) => !known.has(k));
    expect(missing).toEqual([]);
    expect(usedKeys().length).toBeGreaterThan(30);
  });

  it('every event, step, outcome and status the timeline can show has its words', () => {
    const needed = [
      ...SESSION_EVENT_TYPES.map((t) => `history.event.${t}`),
      ...HISTORY_OUTCOMES.map((o) => `history.outcomes.${o}`),
      ...MANDATE_CHECK_STATUSES.map((s) => `history.mandateStatus.${s}`),
      ...SCOPE_VERDICTS.map((v) => `history.verdict.${v}`),
      ...CHECKLIST_STATUSES.map((c) => `history.checklist.${c}`),
      ...HYGIENE_ITEMS.map((h) => `history.hygieneItem.${h.id}`),
    ];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });
});
