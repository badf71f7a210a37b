import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AppError, toAppErrorValue } from '../../electron/services/errors';
import { errorMessageText } from '../../renderer/src/components/ErrorMessage';
import { registerEnglishMessages } from '../../renderer/src/i18n/domain-text';
import { ENGLISH_MESSAGES } from '../../shared/errors/english-messages';
import { createTranslator } from '../../shared/errors/translate-message';
import { ERROR_MESSAGES, errorText, errorValue, isErrorKey, placeholders } from '../../shared/errors/catalogue';
import { filesUnder, parse, repoRoot, visit, where } from './source-files';

describe('error catalogue (shared/errors/catalogue.ts)', () => {
  const fr = ERROR_MESSAGES.fr as Record<string, string>;
  const en = ERROR_MESSAGES.en as Record<string, string>;

  it('has the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('has no empty message and the same {{placeholders}} in both languages', () => {
    const problems: string[] = [];
    for (const [key, text] of Object.entries(fr)) {
      for (const [lang, value] of [['fr', text], ['en', en[key] ?? '']] as const) {
        if (value.trim() === '') problems.push(`${key} (${lang}) is empty`);
      }
      const a = placeholders(text).join(', ');
      const b = placeholders(en[key] ?? '').join(', ');
      if (a !== b) problems.push(`${key}: fr uses {${a}} but en uses {${b}}`);
    }
    expect(problems).toEqual([]);
  });
});

/**
 * What is wrong with each `new AppError(...)` of a file: its second argument must be a catalogue key.
 * A literal must be a key; a sentence built in place (template, concatenation, cast) is refused. A
 * variable is allowed because AppError's parameter is typed `ErrorKey`, so tsc proves it is a key.
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
    else if (!isErrorKey(arg.text)) problems.push(`${where(source, arg)}: "${arg.text}" is not a key of shared/errors/catalogue.ts`);
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
      'electron/services/x.ts:1: "Séance introuvable." is not a key of shared/errors/catalogue.ts',
      "electron/services/x.ts:2: the key must be a catalogue key, not a sentence built in place: `${problem} Rien n'a été modifié.`",
    ]);
  });
});

describe('keyed errors across the bridge', () => {
  it('carry key, params and the French text as fallback', () => {
    const value = new AppError('db_too_new', 'storage.tooNew', { version: 9 }).toValue();
    expect(value).toEqual({ code: 'db_too_new', key: 'storage.tooNew', params: { version: 9 }, message: expect.stringContaining('(schéma 9)') });
    expect(errorMessageText(value, 'en')).toBe(errorText('storage.tooNew', 'en', { version: 9 }));
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

  it('carry a domain message without a key as French (fields included), shown in English once the English catalogue is read; a keyed one stays keyed', () => {
    const value = AppError.fromValue({ code: 'invalid_input', message: 'Le nom est obligatoire.', fields: { name: 'Le nom est obligatoire.' } }).toValue();
    expect(value).toEqual({ code: 'invalid_input', message: 'Le nom est obligatoire.', fields: { name: 'Le nom est obligatoire.' } });
    // Before the English catalogue (and its translation memory) is read, French is all there is.
    expect(errorMessageText(value, 'en')).toBe('Le nom est obligatoire.');
    registerEnglishMessages(createTranslator(ENGLISH_MESSAGES));
    expect(errorMessageText(value, 'en')).toBe('The name is required.');
    expect(errorMessageText(value, 'fr')).toBe('Le nom est obligatoire.');
    // A domain value built with errorValue keeps its key through AppError.fromValue.
    const keyed = AppError.fromValue(errorValue('conflict', 'sessions.alreadyStarted')).toValue();
    expect(keyed).toEqual({ code: 'conflict', key: 'sessions.alreadyStarted', message: 'La séance a déjà commencé.' });
    expect(errorMessageText(keyed, 'en')).toBe('The session has already started.');
    // A key the renderer does not know (an older or newer main process) falls back to the French text.
    expect(errorMessageText({ code: 'not_found', key: 'nope.unknown', message: 'Texte' }, 'en')).toBe('Texte');
  });
});
