import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The mechanical part of docs/french-style.md: where the French texts are, what is wrong in one,
 * and what can be put right without a human (apostrophes, spaces, guillemets, ellipses). The lint
 * (test/lint/french-style.test.ts) reports; `npm run fix:french` (scripts/fix-french-style.ts)
 * rewrites. Words (a forbidden term, a point médian, a straight double quote) need a person.
 */

// ---------------------------------------------------------------------------------------------
// Where the French texts are.

/** Who reads a text decides which rules apply to it. */
export interface TextRole {
  /** Said to the person on the phone: no point médian, no « tu ». */
  spoken: boolean;
  /** Shown by the renderer between « » (a talking point, a line to say): inner quotes are “ ”. */
  quoted: boolean;
}

const HELPER: TextRole = { spoken: false, quoted: false };
const SPOKEN: TextRole = { spoken: true, quoted: false };
const SPOKEN_QUOTED: TextRole = { spoken: true, quoted: true };

/**
 * The files of shared/ whose French is the content itself (test/lint/errors.test.ts: the only
 * place besides the keyed catalogue where French sentences may be written), with who reads them.
 */
export const FRENCH_BY_DESIGN: Record<string, { why: string; role: TextRole }> = {
  'shared/mandate/text.ts': { why: 'the withdrawals marked on the mandate the person reads, in French', role: HELPER },
  'shared/mandate/text-fr-2026-1.ts': { why: 'the mandate the person reads and signs (text version fr-2026-1), in French', role: HELPER },
  'shared/mandate/revocation-text.ts': { why: 'the withdrawal form given to the person, in French', role: HELPER },
  'shared/mandate/association.ts': { why: 'what the person’s documents say while the association’s details are missing', role: HELPER },
  'shared/mandate/catalogue.ts': { why: 'the actions written into the French mandate', role: HELPER },
  'shared/procedures/categories.ts': { why: 'the ten procedure categories written into the French mandate (Aidants Connect’s own names)', role: HELPER },
  'shared/mandate/rehearsal.ts': { why: 'the rehearsal steps printed in the French guide for the person', role: HELPER },
  'shared/session/talking-points.ts': { why: 'the words the helper says to the French-speaking person', role: SPOKEN_QUOTED },
  'shared/session/troubleshooting.ts': { why: 'cards of words to say to the person on the phone', role: SPOKEN_QUOTED },
  'shared/session/spelling.ts': { why: 'the French spelling alphabet used to dictate the code', role: SPOKEN },
  'shared/session/recap.ts': { why: 'the recap given to the person, in French', role: SPOKEN },
};

/**
 * French texts neither checked nor fixed, each with why: the words of a mandate text version people
 * have signed are reprinted exactly as signed (a version's words change only with a new version,
 * shared/mandate/text.ts), typography included.
 */
export const FROZEN: Record<string, string> = {
  'shared/mandate/text-fr-2025-1.ts': 'mandates signed in text version fr-2025-1, reprinted word for word (test/fixtures/mandate-text/fr-2025-1.json)',
};

/**
 * Files checked besides the catalogues and the French-by-design ones: French texts may come back
 * to them (the step machine names steps), and the lint skips nothing the style guide covers.
 */
const ALSO_CHECKED: Record<string, TextRole> = {
  'shared/session/steps.ts': HELPER,
};

/** Keys of the renderer's catalogues whose text is said to the person. */
const SPOKEN_KEYS = [/^scope\.sayText\./];

export interface FrenchText {
  /** Repository-relative path. */
  file: string;
  line: number;
  /** The catalogue key, for a catalogue text. */
  key?: string;
  text: string;
  role: TextRole;
}

function walk(root: string, dir: string, extension: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(root, join(dir, e.name), extension) : e.name.endsWith(extension) ? [join(dir, e.name)] : []))
    .sort();
}

/** Every file the style guide covers, repository-relative, with the role of its texts. */
export function frenchFiles(root: string): { file: string; role: TextRole }[] {
  return [
    ...walk(root, 'renderer/src/i18n/locales/fr', '.json').map((file) => ({ file, role: HELPER })),
    ...walk(root, 'shared/messages/fr', '.ts').map((file) => ({ file, role: HELPER })),
    ...Object.entries(FRENCH_BY_DESIGN).map(([file, { role }]) => ({ file, role })),
    ...Object.entries(ALSO_CHECKED).map(([file, role]) => ({ file, role })),
  ];
}

/** A piece of text in a source file: its decoded value and where its raw characters sit. */
interface Piece {
  text: string;
  line: number;
  key?: string;
  /** Raw source range of the text between its delimiters, and which delimiters they are. */
  start: number;
  end: number;
  delimiter: 'json' | "'" | '"' | '`';
}

const DEVELOPER_ERRORS = new Set(['Error', 'RangeError', 'TypeError']);
const insideDeveloperError = (node: ts.Node): boolean =>
  ts.isNewExpression(node) && ts.isIdentifier(node.expression) && DEVELOPER_ERRORS.has(node.expression.text) ? true : node.parent ? insideDeveloperError(node.parent) : false;

/** The string literals and template pieces of a TypeScript file, keys and module names left out. */
function tsPieces(path: string, source: string): Piece[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const pieces: Piece[] = [];
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line + 1;
  const add = (text: string, start: number, end: number, delimiter: Piece['delimiter'], key?: string) =>
    pieces.push({ text, line: lineOf(start), start, end, delimiter, ...(key ? { key } : {}) });
  const keyOf = (node: ts.Node): string | undefined => {
    const parent = node.parent;
    if (parent && ts.isPropertyAssignment(parent) && parent.initializer === node && (ts.isStringLiteral(parent.name) || ts.isIdentifier(parent.name))) return parent.name.text;
    return undefined;
  };
  const visit = (node: ts.Node) => {
    const parent = node.parent;
    const skipped =
      (parent && (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent) || ts.isLiteralTypeNode(parent))) ||
      (parent && ts.isPropertyAssignment(parent) && parent.name === node) ||
      insideDeveloperError(node);
    if (!skipped) {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const start = node.getStart(file) + 1;
        add(node.text, start, node.end - 1, source[start - 1] as Piece['delimiter'], keyOf(node));
      } else if (ts.isTemplateExpression(node)) {
        const head = node.head;
        add(head.text, head.getStart(file) + 1, head.end - 2, '`');
        for (const span of node.templateSpans) {
          const lit = span.literal;
          add(lit.text, lit.getStart(file) + 1, lit.end - (ts.isTemplateTail(lit) ? 1 : 2), '`');
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return pieces;
}

/** The string values of a JSON catalogue (not its keys), with their dotted key. */
function jsonPieces(source: string): Piece[] {
  const pieces: Piece[] = [];
  // A JSON string token, and whether a colon follows it (then it is a key).
  const token = /"((?:[^"\\]|\\.)*)"(\s*:)?/g;
  const path: string[] = [];
  const stack: (string | null)[] = [];
  let pendingKey: string | null = null;
  let last = 0;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    // Track the nesting between tokens to know each value's key.
    for (const ch of source.slice(last, m.index)) {
      if (ch === '{') {
        stack.push(pendingKey);
        if (pendingKey !== null) path.push(pendingKey);
        pendingKey = null;
      } else if (ch === '}') {
        if (stack.pop() !== null) path.pop();
      }
    }
    last = token.lastIndex;
    const text = JSON.parse(`"${m[1]}"`) as string;
    if (m[2]) {
      pendingKey = text;
      continue;
    }
    const start = m.index + 1;
    const line = source.slice(0, start).split('\n').length;
    pieces.push({ text, line, start, end: start + m[1]!.length, delimiter: 'json', key: [...path, pendingKey ?? ''].join('.') });
    pendingKey = null;
  }
  return pieces;
}

function piecesOf(file: string, source: string): Piece[] {
  return file.endsWith('.json') ? jsonPieces(source) : tsPieces(file, source);
}

const roleFor = (role: TextRole, key: string | undefined): TextRole => (key && SPOKEN_KEYS.some((k) => k.test(key)) ? SPOKEN : role);

/** Every French text the style guide covers, where it is, and who reads it. */
export function frenchTexts(root: string): FrenchText[] {
  return frenchFiles(root).flatMap(({ file, role }) =>
    piecesOf(file, readFileSync(join(root, file), 'utf8')).map((p) => ({
      file,
      line: p.line,
      text: p.text,
      role: roleFor(role, p.key),
      ...(p.key ? { key: p.key } : {}),
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// The rules.

/** A term the glossary refuses (docs/french-style.md, « Termes à éviter »). */
export interface Term {
  pattern: RegExp;
  /** What to write instead, as the guide says it. */
  instead: string;
}

/**
 * Reads the refused terms from the style guide's table, so that the guide is the one list: each
 * row of the « Termes à éviter » table gives, in its first cell, one or more `patterns` (regular
 * expressions, matched as whole words, any case) and, in its second, what to write instead.
 */
export function termsFromGuide(markdown: string): Term[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Termes à éviter'));
  if (!section) throw new Error('docs/french-style.md has no « ## Termes à éviter » section');
  const terms: Term[] = [];
  for (const row of section.split('\n').filter((l) => l.startsWith('|'))) {
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    const patterns = [...(cells[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    for (const p of patterns) terms.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`, 'giu'), instead: cells[1] ?? '' });
  }
  return terms;
}

export interface Finding {
  rule: string;
  /** Index in the text. */
  at: number;
}

const NBSP = '\u00a0';
const NON_BREAKING = /[\u00a0\u202f]/;
/** A character after which French puts a (non-breaking) space before « : ; ? ! ». */
const BEFORE_PUNCT = /[\p{L}\p{N}»)\]}…]/u;
const TUTOIEMENT = /(?<!\p{L})(?:(?:tu|te|toi|ton|ta|tes)(?!\p{L})|t’(?=\p{L}))/giu;

const all = (text: string, re: RegExp, rule: string): Finding[] => [...text.matchAll(re)].map((m) => ({ rule, at: m.index }));

/** The guillemets of a text read left to right: « at depth 0 opens, inside a quote it should be “. */
function quoteFindings(text: string, quoted: boolean): Finding[] {
  const out: Finding[] = [];
  let depth = quoted ? 1 : 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '«') {
      if (depth > 0) out.push({ rule: '« » à l’intérieur d’une citation : écrivez “ ”', at: i });
      depth++;
    } else if (ch === '»') depth = Math.max(quoted ? 1 : 0, depth - 1);
    else if (ch === '“' && depth === 0) out.push({ rule: '“ ” hors d’une citation : écrivez « »', at: i });
  }
  return out;
}

/** An identifier (« sessions.closed », « new-session »): code, not words. */
const IDENTIFIER = /^[\w$]+(?:[._-][\w$]+)+$/;

/** Terms the glossary refuses, in words: identifiers and `{{placeholders}}` are not words. */
function termFindings(text: string, terms: readonly Term[]): Finding[] {
  if (IDENTIFIER.test(text)) return [];
  const words = text.replace(/\{\{[^}]*\}\}/g, (p) => ' '.repeat(p.length));
  return terms.flatMap((t) => all(words, t.pattern, `terme à éviter : écrivez ${t.instead}`));
}

/** What is wrong with one French text. */
export function checkText(text: string, role: TextRole, terms: readonly Term[]): Finding[] {
  const findings: Finding[] = [
    ...all(text, /'/g, 'apostrophe droite : écrivez ’'),
    ...all(text, /"/g, 'guillemets droits : écrivez « » (ou “ ” dans une citation)'),
    ...all(text, /\.\.\./g, 'trois points : écrivez …'),
    ...all(text, /«(?![\u00a0\u202f])/g, 'après « : une espace insécable'),
    ...all(text, /(?<![\u00a0\u202f])»/g, 'avant » : une espace insécable'),
    ...all(text, / (?=[:;?!])/g, 'avant : ; ? ! : une espace insécable, pas une espace ordinaire'),
    ...[...text.matchAll(/[:;?!]/g)]
      .filter((m) => m.index > 0 && BEFORE_PUNCT.test(text[m.index - 1]!) && (m.index + 1 === text.length || /\s/.test(text[m.index + 1]!)))
      .map((m) => ({ rule: 'avant : ; ? ! : une espace insécable manque', at: m.index })),
    ...quoteFindings(text, role.quoted),
    ...termFindings(text, terms),
  ];
  if (role.spoken) {
    findings.push(...all(text, /·/g, 'point médian dans un texte dit à voix haute : préférez une forme épicène'));
    findings.push(...all(text, TUTOIEMENT, 'tutoiement : la personne est vouvoyée'));
  }
  return findings.sort((a, b) => a.at - b.at);
}

/** The text around a finding, for a message a person can act on. */
export function excerpt(text: string, at: number, width = 30): string {
  const from = Math.max(0, at - width);
  const to = Math.min(text.length, at + width);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/[\u00a0\u202f]/g, '⍽');
}

// ---------------------------------------------------------------------------------------------
// The fixes a machine can make.

/**
 * Puts right what needs no judgement: curly apostrophes, the ellipsis character, a non-breaking
 * space before « : ; ? ! » and inside « », and « » nested in a quote turned into “ ”. Straight
 * double quotes and words are left for a person.
 */
export function fixText(text: string, quoted = false): string {
  const spaced = text
    .replace(/'/g, '’')
    .replace(/\.\.\./g, '…')
    .replace(/ ([:;?!])/g, `${NBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/[:;?!]/g, (mark, at: number, whole: string) =>
      at > 0 && BEFORE_PUNCT.test(whole[at - 1]!) && (at + 1 === whole.length || /\s/.test(whole[at + 1]!)) ? `${NBSP}${mark}` : mark,
    );
  // Quotes read left to right; a quote opened inside another one is an inner quote: “ ”.
  const open: string[] = quoted ? ['«'] : [];
  let out = '';
  for (let i = 0; i < spaced.length; i++) {
    const ch = spaced[i]!;
    if (ch === '«' && open.length > 0) {
      out += '“';
      open.push('“');
      if (NON_BREAKING.test(spaced[i + 1] ?? '')) i++;
    } else if (ch === '«' || ch === '“') {
      out += ch;
      open.push(ch);
    } else if (ch === '»' && open.at(-1) === '“') {
      out = out.replace(/[\u00a0\u202f]$/, '') + '”';
      open.pop();
    } else {
      if (ch === '»' || ch === '”') open.pop();
      out += ch;
    }
  }
  return out;
}

type Delimiter = Piece['delimiter'];

/** A value written back between its delimiters, with the escapes they need. */
function encode(value: string, delimiter: Delimiter): string {
  switch (delimiter) {
    case 'json':
      return JSON.stringify(value).slice(1, -1);
    case '`':
      return value.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    default:
      return value.replace(/\\/g, '\\\\').replace(new RegExp(delimiter, 'g'), `\\${delimiter}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  }
}

/** The source of `file` with its French texts fixed; the same string when nothing changes. */
export function fixSource(file: string, source: string, role: TextRole): string {
  let out = source;
  for (const p of piecesOf(file, source).sort((a, b) => b.start - a.start)) {
    const fixed = fixText(p.text, roleFor(role, p.key).quoted);
    if (fixed !== p.text) out = out.slice(0, p.start) + encode(fixed, p.delimiter) + out.slice(p.end);
  }
  return out;
}

export const relativeTo = (root: string, path: string) => relative(root, path);
