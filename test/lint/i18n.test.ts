import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, parse, repoRoot, visit, where } from './source-files';

/**
 * The two promises of the i18n: English says everything French says (same keys, same
 * placeholders, same plural forms, nothing empty), and no component writes a visible word
 * itself — every one goes through t().
 */

type Tree = { [key: string]: string | Tree };
const localesDir = join(repoRoot, 'renderer/src/i18n/locales');

/** The catalogue i18n/index.ts builds: every <area>.json of a language merged at the top level. */
function merged(language: string): Tree {
  const out: Tree = {};
  for (const file of readdirSync(join(localesDir, language)).filter((f) => f.endsWith('.json')).sort()) {
    const content = JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')) as Tree;
    for (const [key, value] of Object.entries(content)) {
      if (key in out) throw new Error(`${language}/${file}: top-level key "${key}" already defined by another file`);
      out[key] = value;
    }
  }
  return out;
}

/** Dotted key → leaf value; a non-string leaf is reported as such. */
function leaves(tree: Tree, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) leaves(v, key, out);
    else out.set(key, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g)].map((m) => m[1]!))].sort();

describe('fr and en catalogues', () => {
  const fr = leaves(merged('fr'));
  const en = leaves(merged('en'));

  it('have exactly the same keys', () => {
    const onlyFr = [...fr.keys()].filter((k) => !en.has(k));
    const onlyEn = [...en.keys()].filter((k) => !fr.has(k));
    expect({ missingInEnglish: onlyFr, missingInFrench: onlyEn }).toEqual({ missingInEnglish: [], missingInFrench: [] });
    expect(fr.size).toBeGreaterThan(200);
  });

  it('hold a non-empty text at every key', () => {
    const bad = [
      ...[...fr].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k, v]) => `fr ${k}: ${JSON.stringify(v)}`),
      ...[...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k, v]) => `en ${k}: ${JSON.stringify(v)}`),
    ];
    expect(bad).toEqual([]);
  });

  it('use the same {{variables}} for each key (plural forms of a key share them)', () => {
    const mismatches: string[] = [];
    const byBase = (m: Map<string, unknown>) => {
      const out = new Map<string, Set<string>>();
      for (const [k, v] of m) {
        const base = k.replace(PLURAL, '');
        const set = out.get(base) ?? new Set<string>();
        if (typeof v === 'string') variables(v).forEach((x) => set.add(x));
        out.set(base, set);
      }
      return out;
    };
    const frVars = byBase(fr);
    const enVars = byBase(en);
    for (const [base, vars] of frVars) {
      const a = [...vars].sort().join(', ');
      const b = [...(enVars.get(base) ?? [])].sort().join(', ');
      if (a !== b) mismatches.push(`${base}: fr {${a}} / en {${b}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('give each plural key the same forms, with at least _one and _other, and a {{count}}', () => {
    const forms = (m: Map<string, unknown>) => {
      const out = new Map<string, string[]>();
      for (const k of m.keys()) {
        const match = PLURAL.exec(k);
        if (match) out.set(k.replace(PLURAL, ''), [...(out.get(k.replace(PLURAL, '')) ?? []), match[1]!].sort());
      }
      return out;
    };
    const frForms = forms(fr);
    const enForms = forms(en);
    const problems: string[] = [];
    for (const [base, list] of frForms) {
      if (list.join() !== (enForms.get(base) ?? []).join()) problems.push(`${base}: fr ${list.join('/')} / en ${(enForms.get(base) ?? []).join('/')}`);
      if (!list.includes('one') || !list.includes('other')) problems.push(`${base}: needs _one and _other, has ${list.join('/')}`);
      if (!variables(String(fr.get(`${base}_other`) ?? '')).includes('count')) problems.push(`${base}_other: no {{count}}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('keys used by the code', () => {
  const known = new Set([...leaves(merged('fr')).keys()].map((k) => k.replace(PLURAL, '')));
  const subtrees = new Set([...known].flatMap((k) => k.split('.').map((_, i, parts) => parts.slice(0, i).join('.'))));

  it('exist in the catalogue (a t(`area.${x}`) template must name an existing subtree)', () => {
    const missing: string[] = [];
    let literal = 0;
    for (const file of filesUnder('renderer/src', ['.ts', '.tsx'])) {
      const source = parse(file);
      visit(source, (node) => {
        if (!ts.isCallExpression(node) || !/^(t|i18n\.t|i18next\.t)$/.test(node.expression.getText(source))) return;
        const arg = node.arguments[0];
        if (!arg) return;
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
          literal++;
          if (!known.has(arg.text)) missing.push(`${where(source, arg)}: t('${arg.text}')`);
        } else if (ts.isTemplateExpression(arg)) {
          const prefix = arg.head.text.replace(/\.[^.]*$/, '');
          if (!subtrees.has(prefix) && !known.has(prefix)) missing.push(`${where(source, arg)}: t(\`${arg.head.text}…\`)`);
        }
      });
    }
    expect(missing).toEqual([]);
    expect(literal).toBeGreaterThan(200);
  });
});

// ---------------------------------------------------------------------------------------------
// No hard-coded visible text in components.

/** Attributes a person sees or hears (screen readers), on any element or component. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
]);
/** `value` is shown only on buttons. */
const isButtonValue = (tag: string, name: string, attributes: ts.JsxAttributes) =>
  name === 'value' &&
  (tag === 'button' ||
    (tag === 'input' &&
      attributes.properties.some(
        (p) => ts.isJsxAttribute(p) && p.name.getText() === 'type' && p.initializer && ts.isStringLiteral(p.initializer) && ['button', 'submit', 'reset'].includes(p.initializer.text),
      )));

/**
 * Text that is not a word of the UI, kept deliberately tiny. Each entry: file, exact text, why.
 */
const ALLOWED: { file: string; text: string; why: string }[] = [];

const hasLetters = (text: string) => /\p{L}/u.test(text);

/**
 * The string literals an expression would show as they are: the expression itself or the branches of
 * ?:, &&, ||, ??, parentheses and template literals. Arguments of calls (t('key'), format(d, 'dd/MM'))
 * are not shown as such and are skipped.
 */
function shownLiterals(expr: ts.Expression, out: ts.Node[] = []): ts.Node[] {
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) return shownLiterals(expr.expression, out);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
    if (hasLetters(expr.text)) out.push(expr);
  } else if (ts.isTemplateExpression(expr)) {
    if (hasLetters(expr.head.text) || expr.templateSpans.some((s) => hasLetters(s.literal.text))) out.push(expr);
    for (const span of expr.templateSpans) shownLiterals(span.expression, out);
  } else if (ts.isConditionalExpression(expr)) {
    shownLiterals(expr.whenTrue, out);
    shownLiterals(expr.whenFalse, out);
  } else if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(expr.operatorToken.kind)) {
    if (expr.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken) shownLiterals(expr.left, out);
    shownLiterals(expr.right, out);
  }
  return out;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `file:line: "text"` for every hard-coded visible string of a .tsx source. */
export function hardCodedStrings(source: ts.SourceFile): string[] {
  const file = relative(repoRoot, source.fileName);
  const found: string[] = [];
  const report = (node: ts.Node, text: string, what: string) => {
    const shown = oneLine(text);
    if (ALLOWED.some((a) => a.file === file && a.text === shown)) return;
    found.push(`${where(source, node)}: ${what} "${shown}"`);
  };
  visit(source, (node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) {
      // A JSX text node starts right after the previous tag, line break included: point at its first word.
      const offset = node.text.search(/\S/);
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source) + offset);
      const shown = oneLine(node.text);
      if (!ALLOWED.some((a) => a.file === file && a.text === shown)) found.push(`${file}:${line + 1}: JSX text "${shown}"`);
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const lit of shownLiterals(node.expression)) report(lit, lit.getText(source).slice(1, -1), 'JSX child literal');
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      const element = node.parent.parent as ts.JsxOpeningLikeElement;
      const tag = element.tagName.getText(source);
      if (!VISIBLE_ATTRIBUTES.has(name) && !isButtonValue(tag, name, node.parent)) return;
      const init = node.initializer;
      if (!init) return;
      if (ts.isStringLiteral(init)) {
        if (hasLetters(init.text)) report(init, init.text, `${name}=`);
      } else if (ts.isJsxExpression(init) && init.expression) {
        for (const lit of shownLiterals(init.expression)) report(lit, lit.getText(source).slice(1, -1), `${name}=`);
      }
    }
  });
  return found;
}

describe('components', () => {
  const files = filesUnder('renderer/src', ['.tsx']);

  it('hold no hard-coded user-visible string (JSX text, visible attributes): all through t()', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.flatMap((f) => hardCodedStrings(parse(f)))).toEqual([]);
  });

  it('the check catches text, attributes, ternaries and templates, and lets t() through', () => {
    const snippet = [
      'export const A = () => (',
      '  <div title="Titre" aria-label={t("x.y")}>',
      '    Bonjour {name}',
      '    <input placeholder={busy ? "Patientez" : t("a.b")} value="Envoyer" type="submit" />',
      '    <img alt={`Photo de ${name}`} />',
      '    {error && "Erreur"}',
      '    <option value="fr">{t("lang.fr")}</option>',
      '    {" · "}',
      '  </div>',
      ');',
    ].join('\n');
    const source = ts.createSourceFile(join(repoRoot, 'renderer/src/X.tsx'), snippet, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    expect(hardCodedStrings(source)).toEqual([
      'renderer/src/X.tsx:2: title= "Titre"',
      'renderer/src/X.tsx:3: JSX text "Bonjour"',
      'renderer/src/X.tsx:4: placeholder= "Patientez"',
      'renderer/src/X.tsx:4: value= "Envoyer"',
      'renderer/src/X.tsx:5: alt= "Photo de ${name}"',
      'renderer/src/X.tsx:6: JSX child literal "Erreur"',
    ]);
  });

  it('every allowlisted text still exists (no stale exception)', () => {
    for (const a of ALLOWED) expect(readFileSync(join(repoRoot, a.file), 'utf8'), `${a.file}: ${a.why}`).toContain(a.text);
  });
});
