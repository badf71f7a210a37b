import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENGLISH_MESSAGES } from '../../shared/errors/english-messages';
import { filesUnder, parse, repoRoot, where } from './source-files';

/**
 * The English UI shows the shared domain's French messages through the translation memory
 * shared/errors/english-messages.ts. Every French message of the files below must have its
 * English there; every other shared file with French in it must be named as French by design.
 */

/** Files whose French messages reach the helper as errors, refusals, checks, journal lines or reports. */
const TRANSLATED = [
  'electron/services/integrity.ts',
  'electron/services/mandates/service.ts',
  'shared/erasure/calls.ts',
  'shared/export/calls.ts',
  'shared/followups/calls.ts',
  'shared/history/calls.ts',
  'shared/ipc/zod-errors.ts',
  'shared/mandate/calls.ts',
  'shared/mandate/check.ts',
  'shared/mandate/consent.ts',
  'shared/mandate/create.ts',
  'shared/mandate/journal.ts',
  'shared/mandate/revoke.ts',
  'shared/mandate/schema.ts',
  'shared/persons/schema.ts',
  'shared/records/backups.ts',
  'shared/records/recovery.ts',
  'shared/session/calls.ts',
  'shared/session/commands.ts',
  'shared/session/hygiene.ts',
  'shared/session/session-events.ts',
  'shared/session/state.ts',
  'shared/session/steps.ts',
  'shared/settings/schema.ts',
  'shared/window/calls.ts',
];

/** Files whose French is the content itself, and why it stays French in the English UI. */
const FRENCH_BY_DESIGN: Record<string, string> = {
  'shared/errors/catalogue.ts': 'keyed errors, already written in French and English',
  'shared/errors/english-messages.ts': 'the translation memory itself',
  'shared/mandate/text.ts': 'the mandate the person reads and signs, in French',
  'shared/mandate/catalogue.ts': 'the actions written into the French mandate',
  'shared/procedures/categories.ts': 'the categories of procedures written into the French mandate',
  'shared/mandate/rehearsal.ts': 'the rehearsal steps printed in the French guide for the person',
  'shared/mandate/attestation.ts': 'the printed attestation, in French',
  'shared/mandate/dates.ts': 'French month names for the printed documents; developer errors',
  'shared/session/talking-points.ts': 'the words the helper says to the French-speaking person',
  'shared/session/troubleshooting.ts': 'cards of words to say to the person on the phone',
  'shared/session/spelling.ts': 'the French spelling alphabet used to dictate the code',
  'shared/session/recap.ts': 'the recap given to the person, in French',
  'shared/ipc/api.ts': 'developer errors, in English',
  'shared/ipc/contract.ts': 'developer errors, in English',
};

const LOOKS_LIKE_WORDS = /[A-Za-zÀ-ÿ’']+\s+\S/;
const DEVELOPER_ERRORS = new Set(['Error', 'RangeError', 'TypeError']);

interface Found {
  key: string;
  at: string;
}

/** String literals and templates (as `a {0} b`) of a file, but not import paths nor developer errors. */
function literals(file: string): Found[] {
  const source = parse(file);
  const out: Found[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && DEVELOPER_ERRORS.has(node.expression.text)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ key: node.text, at: where(source, node) });
    else if (ts.isTemplateExpression(node)) {
      out.push({ key: node.head.text + node.templateSpans.map((span, i) => `{${i}}${span.literal.text}`).join(''), at: where(source, node) });
      for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const SQL = /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA)\b/i;
const french = (key: string) => LOOKS_LIKE_WORDS.test(key) && /[a-zà-ÿ]/.test(key) && !SQL.test(key);
const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
const abs = (file: string) => `${repoRoot}/${file}`;

describe('English for the French messages of the shared domain', () => {
  it('has an entry for every French message of the translated files', () => {
    const missing = TRANSLATED.flatMap((file) => literals(abs(file)))
      .filter(({ key }) => french(key) && !(key in ENGLISH_MESSAGES))
      .map(({ key, at }) => `${at}: ${JSON.stringify(key)}`);
    expect(missing).toEqual([]);
  });

  it('has no entry left over from a message that no longer exists', () => {
    const used = new Set(TRANSLATED.flatMap((file) => literals(abs(file)).map((f) => f.key)));
    expect(Object.keys(ENGLISH_MESSAGES).filter((key) => !used.has(key))).toEqual([]);
  });

  it('gives each message a real English line with no placeholder the French does not fill', () => {
    const bad = Object.entries(ENGLISH_MESSAGES)
      .filter(([fr, en]) => en.trim() === '' || en === fr || placeholders(en).some((p) => !placeholders(fr).includes(p)))
      .map(([fr]) => fr);
    expect(bad).toEqual([]);
  });

  it('knows every shared file with French in it: translated, or French by design with a reason', () => {
    const unknown = filesUnder('shared', ['.ts'])
      .map((file) => relative(repoRoot, file))
      .filter((file) => !TRANSLATED.includes(file) && !(file in FRENCH_BY_DESIGN))
      .filter((file) => literals(abs(file)).some(({ key }) => french(key) && /[àâçéèêëîïôûùüœ]|\b(le|la|les|un|une|des|est)\b/i.test(key)));
    expect(unknown).toEqual([]);
    for (const file of [...TRANSLATED, ...Object.keys(FRENCH_BY_DESIGN)]) expect(readFileSync(abs(file), 'utf8').length, file).toBeGreaterThan(0);
  });
});
