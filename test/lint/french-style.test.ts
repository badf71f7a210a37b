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

/**
 * Faults in the four files rewritten at the same time on the « panel » branch (issue 12 §1–§4):
 * their texts are left as they are here so that the rewrite merges cleanly, and the lead puts them
 * right at merge (`npm run fix:french`, then the words). Listed, not skipped: any other fault in
 * them fails the test, and so does an entry once its fault is gone. Empty this list at the merge.
 */
const LEFT_FOR_THE_LEAD: readonly string[] = [
  "shared/session/talking-points.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « Votre ordinateur est-il allumé ? Dites-moi quand vous êtes d… »",
  "shared/session/talking-points.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « Ouvrez-la aussi : tapez « Assistance rapide »… »",
  "shared/session/talking-points.ts — après « : une espace insécable — « Ouvrez-la aussi : tapez « Assistance rapide » dans la … »",
  "shared/session/talking-points.ts — « » à l’intérieur d’une citation : écrivez “ ” — « Ouvrez-la aussi : tapez « Assistance rapide » dans la … »",
  "shared/session/talking-points.ts — avant » : une espace insécable — « …i : tapez « Assistance rapide » dans la recherche, en bas de… »",
  "shared/session/talking-points.ts — après « : une espace insécable — « Cliquez dans la case sous « Obtenir de l’aide ». »",
  "shared/session/talking-points.ts — « » à l’intérieur d’une citation : écrivez “ ” — « Cliquez dans la case sous « Obtenir de l’aide ». »",
  "shared/session/talking-points.ts — avant » : une espace insécable — « …case sous « Obtenir de l’aide ». »",
  "shared/session/talking-points.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « …e vous dicte le code lentement : trois caractères, puis troi… »",
  "shared/session/talking-points.ts — après « : une espace insécable — « …ager votre écran. Cliquez sur « Autoriser ». »",
  "shared/session/talking-points.ts — « » à l’intérieur d’une citation : écrivez “ ” — « …ager votre écran. Cliquez sur « Autoriser ». »",
  "shared/session/talking-points.ts — avant » : une espace insécable — « …cran. Cliquez sur « Autoriser ». »",
  "shared/session/talking-points.ts — après « : une espace insécable — « …trôle. Cliquez de nouveau sur « Autoriser ». »",
  "shared/session/talking-points.ts — « » à l’intérieur d’une citation : écrivez “ ” — « …trôle. Cliquez de nouveau sur « Autoriser ». »",
  "shared/session/talking-points.ts — avant » : une espace insécable — « …ez de nouveau sur « Autoriser ». »",
  "shared/session/talking-points.ts — après « : une espace insécable — « …ur notre travail, cliquez sur « Oui ». Moi, je ne la vois pa… »",
  "shared/session/talking-points.ts — « » à l’intérieur d’une citation : écrivez “ ” — « …ur notre travail, cliquez sur « Oui ». Moi, je ne la vois pa… »",
  "shared/session/talking-points.ts — avant » : une espace insécable — « …re travail, cliquez sur « Oui ». Moi, je ne la vois pas. »",
  "shared/session/talking-points.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « …e chose que vous voudriez voir ? »",
  "shared/session/talking-points.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « …ns avant que nous raccrochions ? »",
  "shared/session/talking-points.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « Et souvenez-vous : jamais de code pour un inco… »",
  "shared/session/troubleshooting.ts — terme à éviter : écrivez « valide » — « Le code n’est plus valable, ce n’est pas grave. J… »",
  "shared/session/troubleshooting.ts — après « : une espace insécable — « …s la zone de recherche. Tapez « Assistance rapide ». »",
  "shared/session/troubleshooting.ts — « » à l’intérieur d’une citation : écrivez “ ” — « …s la zone de recherche. Tapez « Assistance rapide ». »",
  "shared/session/troubleshooting.ts — avant » : une espace insécable — « …he. Tapez « Assistance rapide ». »",
  "shared/session/troubleshooting.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « …estion. Pouvez-vous me la lire ? »",
  "shared/session/troubleshooting.ts — après « : une espace insécable — « …que nous faisons, cliquez sur « Oui ». »",
  "shared/session/troubleshooting.ts — « » à l’intérieur d’une citation : écrivez “ ” — « …que nous faisons, cliquez sur « Oui ». »",
  "shared/session/troubleshooting.ts — avant » : une espace insécable — « …us faisons, cliquez sur « Oui ». »",
  "shared/session/troubleshooting.ts — après « : une espace insécable — « … accord. Voyez-vous un bouton « Autoriser » ? »",
  "shared/session/troubleshooting.ts — « » à l’intérieur d’une citation : écrivez “ ” — « … accord. Voyez-vous un bouton « Autoriser » ? »",
  "shared/session/troubleshooting.ts — avant » : une espace insécable — « …ez-vous un bouton « Autoriser » ? »",
  "shared/session/troubleshooting.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « …z-vous un bouton « Autoriser » ? »",
  "shared/session/recap.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — « …ont des démarches personnelles : c’est vous qui les faites. »",
  "shared/session/recap.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — «  :  »",
  "shared/session/recap.ts — avant : ; ? ! : une espace insécable, pas une espace ordinaire — «  : »",
];

const withoutLine = (fault: string) => fault.replace(/^([^:]+):\d+(?: \([^)]*\))? — /, '$1 — ');

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
    expect(faults(texts).filter((f) => !LEFT_FOR_THE_LEAD.includes(withoutLine(f)))).toEqual([]);
  });

  it('still have every fault left for the lead (an entry whose fault is gone goes)', () => {
    const found = new Set(faults(texts).map(withoutLine));
    expect(LEFT_FOR_THE_LEAD.filter((f) => !found.has(f))).toEqual([]);
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
