import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, parse, repoRoot, visit, where } from '../lint/source-files';

/**
 * shared/ is the domain: it must run in the main process, the renderer and plain Node alike, and
 * be testable at any date. So no platform (Electron, Node built-ins, the DOM), and no clock nor
 * randomness: time comes in as a parameter (`now`, `today`), ids from the caller. tsc (no DOM lib,
 * no Node types) and eslint catch part of this; imports that type-check and clock reads do not,
 * hence this test, over every file of shared/.
 */

/** Packages the domain may use: pure computation, no I/O. */
const PURE_PACKAGES = [/^zod$/, /^date-fns$/, /^@noble\/hashes\//, /^snowball-stemmers$/, /^stopwords-iso$/];

/** Globals that exist only on one platform, or that read the time. */
const PLATFORM_GLOBALS = new Set([
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest',
  'HTMLElement', 'Element', 'process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global',
  'setTimeout', 'setInterval', 'setImmediate', 'requestAnimationFrame', 'performance', 'crypto',
]);

function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  visit(source, (node) => {
    const name = (node as { name?: ts.Node }).name;
    if (
      name &&
      ts.isIdentifier(name) &&
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isBindingElement(node) ||
        ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node) || ts.isClassDeclaration(node))
    ) {
      names.add(name.text);
    }
  });
  return names;
}

/** An identifier that names a value or type in scope, rather than a property or a member. */
function isReference(node: ts.Identifier): boolean {
  const p = node.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return false;
  if (ts.isQualifiedName(p) && p.right === node) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isEnumMember(p)) && p.name === node) return false;
  return true;
}

const call = (node: ts.Node, object: string, method: string) =>
  ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === method && node.expression.expression.getText() === object;

/** What makes a file impure: each problem with where it is. */
function impurities(source: ts.SourceFile): string[] {
  const problems: string[] = [];
  const declared = declaredNames(source);
  const file = source.fileName;
  const importOf = (specifier: string, node: ts.Node) => {
    if (specifier.startsWith('.')) {
      const target = relative(join(repoRoot, 'shared'), join(dirname(file), specifier));
      if (target.startsWith('..')) problems.push(`${where(source, node)}: imports ${specifier}, outside shared/`);
    } else if (!PURE_PACKAGES.some((p) => p.test(specifier))) problems.push(`${where(source, node)}: imports ${specifier}`);
  };
  visit(source, (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      importOf(node.moduleSpecifier.text, node);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!)) {
      importOf((node.arguments[0] as ts.StringLiteral).text, node);
    } else if (call(node, 'Date', 'now') || call(node, 'performance', 'now')) {
      problems.push(`${where(source, node)}: reads the clock (${node.getText()})`);
    } else if (ts.isIdentifier(node) && PLATFORM_GLOBALS.has(node.text) && isReference(node) && !declared.has(node.text)) {
      // performance.now() is reported above, as a clock read.
      if (!(node.text === 'performance' && ts.isPropertyAccessExpression(node.parent) && node.parent.name.text === 'now')) {
        problems.push(`${where(source, node)}: uses the global ${node.text}`);
      }
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'Date' && (node.arguments?.length ?? 0) === 0) {
      problems.push(`${where(source, node)}: reads the clock (new Date())`);
    } else if (ts.isCallExpression(node) && node.expression.getText() === 'Date') {
      problems.push(`${where(source, node)}: reads the clock (Date())`);
    } else if (call(node, 'Math', 'random')) {
      problems.push(`${where(source, node)}: draws a random number (Math.random())`);
    }
  });
  return problems;
}

describe('shared/ stays pure', () => {
  const files = filesUnder('shared', ['.ts']);

  it('covers every file of shared/', () => {
    expect(files.length).toBeGreaterThan(60);
    expect(files.map((f) => relative(repoRoot, f))).toEqual(expect.arrayContaining(['shared/mandate/dates.ts', 'shared/session/steps.ts', 'shared/messages/format.ts']));
  });

  it('imports no platform module, uses no platform global, never reads the clock nor draws at random', () => {
    expect(files.flatMap((file) => impurities(parse(file)))).toEqual([]);
  });

  it('the check finds each kind of impurity, and leaves alone a local or a property of the same name', () => {
    const snippet = [
      "import { app } from 'electron';",
      "import { readFileSync } from 'node:fs';",
      "import { x } from '../../electron/services/db/open';",
      'export const a = Date.now();',
      'export const b = new Date();',
      'export const c = performance.now();',
      'export const d = window.innerWidth + document.title;',
      'export const e = Math.random();',
      "export const fine = new Date(0).getTime() + Date.UTC(2026, 0, 1) + Date.parse('2026-01-01');",
    ].join('\n');
    const source = ts.createSourceFile(join(repoRoot, 'shared/mandate/x.ts'), snippet, ts.ScriptTarget.Latest, true);
    const local = 'export function g(document: string, payload: { window: number }) { return document + payload.window; }';
    expect(impurities(ts.createSourceFile(join(repoRoot, 'shared/mandate/y.ts'), local, ts.ScriptTarget.Latest, true))).toEqual([]);
    expect(impurities(source)).toEqual([
      'shared/mandate/x.ts:1: imports electron',
      'shared/mandate/x.ts:2: imports node:fs',
      'shared/mandate/x.ts:3: imports ../../electron/services/db/open, outside shared/',
      'shared/mandate/x.ts:4: reads the clock (Date.now())',
      'shared/mandate/x.ts:5: reads the clock (new Date())',
      'shared/mandate/x.ts:6: reads the clock (performance.now())',
      'shared/mandate/x.ts:7: uses the global window',
      'shared/mandate/x.ts:7: uses the global document',
      'shared/mandate/x.ts:8: draws a random number (Math.random())',
    ]);
  });
});
