import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, excerpt, frenchFiles, frenchTexts, FROZEN, termsFromGuide, type FrenchText } from '../../scripts/french-style';
import { TEXT_VERSION } from '../../shared/mandate/text';
import { repoRoot } from './source-files';

/**
 * docs/french-style.md, its mechanical part, over every French text: the renderer's French
 * catalogue, the keyed messages, and the files of shared/ that are French by design. Each failure
 * names the file, the line, the rule and the text around the fault. `npm run fix:french` puts
 * right what needs no judgement; the rest needs a person.
 */

const terms = termsFromGuide(readFileSync(join(repoRoot, 'docs/french-style.md'), 'utf8'));

/**
 * Faults kept on purpose, each with why. Kept tiny (empty today): the words of a signed mandate
 * text are not here but FROZEN (scripts/french-style.ts), whole files out of the lint's reach.
 * `text` is a piece of the text the fault is in.
 */
const ALLOWED: { file: string; text: string; rule: RegExp; why: string }[] = [];

const allowed = (t: FrenchText, rule: string) => ALLOWED.some((a) => a.file === t.file && t.text.includes(a.text) && a.rule.test(rule));

function faults(texts: readonly FrenchText[]): string[] {
  return texts.flatMap((t) =>
    checkText(t.text, t.role, terms)
      .filter((f) => !allowed(t, f.rule))
      .map((f) => `${t.file}:${t.line}${t.key ? ` (${t.key})` : ''} — ${f.rule} — « ${excerpt(t.text, f.at)} »`),
  );
}

describe('French texts (docs/french-style.md)', () => {
  const texts = frenchTexts(repoRoot);

  it('covers the catalogues and the French-by-design files of shared/', () => {
    const files = new Set(texts.map((t) => t.file));
    for (const file of ['renderer/src/i18n/locales/fr/session.json', 'shared/messages/fr/guide.ts', 'shared/session/talking-points.ts', 'shared/session/troubleshooting.ts', 'shared/session/recap.ts', 'shared/session/spelling.ts', 'shared/mandate/text.ts', 'shared/mandate/text-fr-2026-1.ts', 'shared/mandate/revocation-text.ts']) {
      expect(files, file).toContain(file);
    }
    expect(frenchFiles(repoRoot).map((f) => f.file)).toContain('shared/session/steps.ts');
    expect(texts.length).toBeGreaterThan(800);
    expect(terms.length).toBeGreaterThanOrEqual(6);
  });

  it('follow the typography, the glossary and, when said aloud, the epicene forms and the vouvoiement', () => {
    expect(faults(texts)).toEqual([]);
  });

  it('freeze only the mandate texts of versions people signed, never the current one', () => {
    for (const file of Object.keys(FROZEN)) {
      expect(file, file).toMatch(/^shared\/mandate\/text-fr-\d{4}-\d+\.ts$/);
      expect(file, file).not.toBe(`shared/mandate/text-${TEXT_VERSION}.ts`);
      expect(texts.some((t) => t.file === file), file).toBe(false);
    }
  });

  it('keep their exceptions only while the fault is still there', () => {
    const stale = ALLOWED.filter((a) => !texts.some((t) => t.file === a.file && t.text.includes(a.text) && checkText(t.text, t.role, terms).some((f) => a.rule.test(f.rule))));
    expect(stale.map((a) => `${a.file}: ${a.text}`)).toEqual([]);
  });
});
