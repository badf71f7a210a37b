import { relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError, toAppErrorValue } from '../../electron/services/errors';
import { errorMessageText } from '../../renderer/src/components/ErrorMessage';
import { registerEnglishMessages } from '../../renderer/src/i18n/messages';
import { ENGLISH_BY_DOMAIN, ENGLISH_CATALOGUE } from '../../shared/messages/en';
import { errorValue } from '../../shared/messages/error-value';
import { FRENCH, FRENCH_BY_DOMAIN } from '../../shared/messages/fr';
import { isMessageKey, placeholders } from '../../shared/messages/format';
import { filesUnder, parse, repoRoot, visit, where } from './source-files';

/**
 * The keyed catalogue (shared/messages) is the one place the texts meant for the helper live,
 * outside the renderer's own i18next files: French and English side by side, every key the code
 * names present, no key left unused, and no French sentence written anywhere else in shared/.
 */

const fr = FRENCH as Record<string, string>;
const en = ENGLISH_CATALOGUE.texts as Record<string, string>;
const rel = (file: string) => relative(repoRoot, file);

describe('message catalogue (shared/messages)', () => {
  it('has the same keys in French and English, domain by domain, none defined twice', () => {
    const frDomains = FRENCH_BY_DOMAIN as Record<string, Record<string, string>>;
    const enDomains = ENGLISH_BY_DOMAIN as Record<string, Record<string, string>>;
    expect(Object.keys(enDomains).sort()).toEqual(Object.keys(frDomains).sort());
    for (const [domain, texts] of Object.entries(frDomains)) expect(Object.keys(enDomains[domain]!).sort(), domain).toEqual(Object.keys(texts).sort());
    const owners = new Map<string, string[]>();
    for (const [domain, texts] of Object.entries(frDomains)) for (const key of Object.keys(texts)) owners.set(key, [...(owners.get(key) ?? []), domain]);
    expect([...owners].filter(([, domains]) => domains.length > 1).map(([key, domains]) => `${key}: ${domains.join(', ')}`)).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('has no empty text, an English text that is not the French one, and the same {{placeholders}} in both languages', () => {
    const problems: string[] = [];
    for (const [key, text] of Object.entries(fr)) {
      const english = en[key] ?? '';
      if (text.trim() === '' || english.trim() === '') problems.push(`${key}: empty`);
      if (english === text && /[a-z]{3}/.test(text)) problems.push(`${key}: English is the French text`);
      const a = placeholders(text).join(', ');
      const b = placeholders(english).join(', ');
      if (a !== b) problems.push(`${key}: fr uses {${a}} but en uses {${b}}`);
    }
    expect(problems).toEqual([]);
  });
});

/** Areas of the catalogue ('persons' for 'persons.nameRequired'): a dotted literal in one of them is meant as a key. */
const AREAS = new Set(Object.keys(fr).map((key) => key.split('.')[0]!));
const KEY_LIKE = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*)+$/;
const FILE_NAME = /\.(json|sqlite|ts|tsx|js|mjs|html|css|png|ico|pdf|txt|md)$/;
const looksLikeKey = (text: string) => KEY_LIKE.test(text) && !FILE_NAME.test(text) && AREAS.has(text.split('.')[0]!);

const isCatalogue = (file: string) => /^shared\/messages\/(fr|en)\//.test(rel(file));

/** String literals (and template heads) of a file, with where they are; imports skipped. */
function literals(file: string): { text: string; at: string; node: ts.Node }[] {
  const source = parse(file);
  const out: { text: string; at: string; node: ts.Node }[] = [];
  visit(source, (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isExternalModuleReference(node.parent)) return;
      out.push({ text: node.text, at: where(source, node), node });
    } else if (ts.isTemplateExpression(node)) {
      out.push({ text: node.head.text + node.templateSpans.map((span, i) => `{${i}}${span.literal.text}`).join(''), at: where(source, node), node });
    }
  });
  return out;
}

describe('keys in the code', () => {
  // The renderer's own t('area.key') keys are i18next's (test/lint/i18n.test.ts), so only the code that builds messages is read.
  const builders = ['shared', 'electron', 'scripts'].flatMap((dir) => filesUnder(dir, ['.ts'])).filter((f) => !isCatalogue(f));

  it('name keys that exist (zod messages included, which the compiler cannot check)', () => {
    const unknown = builders.flatMap((file) => literals(file).filter(({ text }) => looksLikeKey(text) && !isMessageKey(text)).map(({ text, at }) => `${at}: '${text}'`));
    expect(unknown).toEqual([]);
  });

  it('the check catches a misspelt key in a zod schema', () => {
    const source = ts.createSourceFile(`${repoRoot}/shared/x.ts`, "z.string().min(1, 'persons.nameRequierd');", ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    visit(source, (node) => {
      if (ts.isStringLiteral(node) && looksLikeKey(node.text) && !isMessageKey(node.text)) found.push(node.text);
    });
    expect(found).toEqual(['persons.nameRequierd']);
  });

  it('use every key of the catalogue', () => {
    const used = new Set(
      [...builders, ...filesUnder('renderer/src', ['.ts', '.tsx'])].flatMap((file) => literals(file).map(({ text }) => text)),
    );
    expect(Object.keys(fr).filter((key) => !used.has(key))).toEqual([]);
  });
});

/**
 * Files under shared/ whose French is the content itself: said to or read by the person, or
 * printed for them, in French whatever the helper's UI language. Every other shared file holds no
 * French sentence: what it tells the helper is a key of the catalogue. (French words that are
 * not sentences, such as the month names of shared/mandate/dates.ts or the scope guard's
 * vocabulary in shared/scope-guard/thesaurus.ts, are data and need no entry here.)
 */
const FRENCH_BY_DESIGN: Record<string, string> = {
  'shared/mandate/text.ts': 'the withdrawals marked on the mandate the person reads, in French',
  'shared/mandate/text-fr-2025-1.ts': 'the words of mandates signed in text version fr-2025-1, frozen',
  'shared/mandate/text-fr-2026-1.ts': 'the mandate the person reads and signs (text version fr-2026-1), in French',
  'shared/mandate/revocation-text.ts': 'the withdrawal form given to the person, in French',
  'shared/mandate/association.ts': 'what the person’s documents say while the association’s details are missing',
  'shared/mandate/catalogue.ts': 'the actions written into the French mandate',
  'shared/procedures/categories.ts': 'the ten procedure categories written into the French mandate (Aidants Connect’s own names)',
  'shared/mandate/rehearsal.ts': 'the rehearsal steps printed in the French guide for the person',
  'shared/session/talking-points.ts': 'the words the helper says to the French-speaking person',
  'shared/session/troubleshooting.ts': 'cards of words to say to the person on the phone',
  'shared/session/spelling.ts': 'the French spelling alphabet used to dictate the code',
  'shared/session/quick-assist-labels.ts': 'the names of Quick Assist’s buttons as the French Windows shows them, quoted in the words said',
  'shared/session/recap.ts': 'the recap given to the person, in French',
};

const LOOKS_LIKE_WORDS = /[A-Za-zÀ-ÿ’']+\s+\S/;
const FRENCH_MARKS = /[àâçéèêëîïôûùüœ]|\b(le|la|les|un|une|des|est|du|au)\b/i;
const SQL = /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA)\b/i;
const DEVELOPER_ERRORS = new Set(['Error', 'RangeError', 'TypeError']);
const isFrenchSentence = (text: string) => LOOKS_LIKE_WORDS.test(text) && /[a-zà-ÿ]/.test(text) && !SQL.test(text) && FRENCH_MARKS.test(text);
const insideDeveloperError = (node: ts.Node): boolean =>
  ts.isNewExpression(node) && ts.isIdentifier(node.expression) && DEVELOPER_ERRORS.has(node.expression.text) ? true : node.parent ? insideDeveloperError(node.parent) : false;

describe('French in shared/', () => {
  const frenchOf = (file: string) => literals(file).filter(({ text, node }) => isFrenchSentence(text) && !insideDeveloperError(node));

  it('is only in the catalogue and in the files that are French by design', () => {
    const stray = filesUnder('shared', ['.ts'])
      .filter((file) => !isCatalogue(file) && !(rel(file) in FRENCH_BY_DESIGN))
      .flatMap((file) => frenchOf(file).map(({ text, at }) => `${at}: ${JSON.stringify(text)}`));
    expect(stray).toEqual([]);
  });

  it('lists no French-by-design file that has no French left', () => {
    expect(Object.keys(FRENCH_BY_DESIGN).filter((file) => frenchOf(`${repoRoot}/${file}`).length === 0)).toEqual([]);
  });

  it('the check finds a French sentence, in a literal and in a template', () => {
    const source = "export const a = 'La séance est close.';\nexport const b = `Mandat valide jusqu’au ${end} inclus.`;\nexport const c = 'mandateCheck.valid';\n";
    const file = ts.createSourceFile(`${repoRoot}/shared/x.ts`, source, ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    visit(file, (node) => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isFrenchSentence(node.text)) found.push(node.text);
      if (ts.isTemplateExpression(node) && isFrenchSentence(node.head.text + node.templateSpans.map((s) => s.literal.text).join(''))) found.push(node.head.text);
    });
    expect(found).toEqual(['La séance est close.', 'Mandat valide jusqu’au ']);
  });
});

/**
 * What is wrong with each `new AppError(...)` of a file: its second argument must be a catalogue key.
 * A literal must be a key; a sentence built in place (template, concatenation, cast) is refused. A
 * variable is allowed because AppError's parameter is typed `MessageKey`, so tsc proves it is a key.
 */
function appErrorProblems(source: ts.SourceFile): { sites: number; problems: string[] } {
  const problems: string[] = [];
  let sites = 0;
  visit(source, (node) => {
    if (!ts.isNewExpression(node) || node.expression.getText(source) !== 'AppError') return;
    sites++;
    const arg = node.arguments?.[1];
    if (!arg) problems.push(`${where(source, node)}: new AppError without a message key`);
    else if (ts.isTemplateExpression(arg) || ts.isNoSubstitutionTemplateLiteral(arg) || ts.isBinaryExpression(arg) || ts.isAsExpression(arg)) {
      problems.push(`${where(source, arg)}: the key must be a catalogue key, not a sentence built in place: ${arg.getText(source)}`);
    } else if (!ts.isStringLiteral(arg)) return;
    else if (!isMessageKey(arg.text)) problems.push(`${where(source, arg)}: "${arg.text}" is not a key of shared/messages`);
  });
  return { sites, problems };
}

describe('AppError sites in electron/', () => {
  it('name a catalogue key, never a sentence', () => {
    const results = filesUnder('electron', ['.ts']).map((file) => appErrorProblems(parse(file)));
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    expect(results.reduce((n, r) => n + r.sites, 0)).toBeGreaterThan(15);
  });

  it('the check catches a French sentence and a computed message', () => {
    const snippet = "throw new AppError('not_found', 'Séance introuvable.');\nthrow new AppError('internal', `${problem} Rien n'a été modifié.`);\n";
    const source = ts.createSourceFile(`${repoRoot}/electron/services/x.ts`, snippet, ts.ScriptTarget.Latest, true);
    expect(appErrorProblems(source).problems).toEqual([
      'electron/services/x.ts:1: "Séance introuvable." is not a key of shared/messages',
      "electron/services/x.ts:2: the key must be a catalogue key, not a sentence built in place: `${problem} Rien n'a été modifié.`",
    ]);
  });
});

describe('keyed errors across the bridge', () => {
  beforeAll(() => {
    // What i18n/index.ts does when the English UI is first chosen.
    registerEnglishMessages(ENGLISH_CATALOGUE);
  });

  it('carry key, params and the French text as fallback', () => {
    const value = new AppError('db_too_new', 'storage.tooNew', { version: 9 }).toValue();
    expect(value).toEqual({ code: 'db_too_new', key: 'storage.tooNew', params: { version: 9 }, message: expect.stringContaining('(schéma 9)') });
    expect(errorMessageText(value, 'en')).toContain('(schema 9)');
    expect(errorMessageText(value, 'fr')).toBe(value.message);
  });

  it('show SQLite and file-system failures in the UI language', () => {
    const full = toAppErrorValue(Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }));
    expect(full).toMatchObject({ code: 'storage', key: 'storage.full' });
    expect(errorMessageText(full, 'en')).toBe('The disk is full: nothing was saved. Free some space and try again.');
    expect(errorMessageText(full, 'fr')).toContain('Le disque est plein');
    // Extended codes fall back to their primary one.
    expect(toAppErrorValue(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_WRITE' }))).toMatchObject({ key: 'storage.io' });
    expect(toAppErrorValue(new Error('boom'))).toMatchObject({ code: 'internal', key: 'internal.unexpected' });
  });

  it('keep a domain value’s key, params and keyed fields through AppError.fromValue', () => {
    const domain = errorValue('conflict', 'mandate.itemAlreadyWithdrawn', { label: 'Imprimante' }, { itemId: { key: 'mandate.itemNotInMandate' } });
    const value = AppError.fromValue(domain).toValue();
    expect(value).toEqual({
      code: 'conflict',
      key: 'mandate.itemAlreadyWithdrawn',
      params: { label: 'Imprimante' },
      fields: { itemId: { key: 'mandate.itemNotInMandate' } },
      message: 'L’action « Imprimante » a déjà été retirée.',
    });
    expect(errorMessageText(value, 'en')).toBe('The action “Imprimante” was already withdrawn.');
    // A key the renderer does not know (an older or newer main process) falls back to the French text.
    expect(errorMessageText({ code: 'not_found', key: 'nope.unknown', message: 'Texte' }, 'en')).toBe('Texte');
  });
});
