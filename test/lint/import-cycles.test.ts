import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, parse, repoRoot } from './source-files';

/**
 * Two files that import each other (type-only imports included: they still tie the files'
 * meanings together) cannot be understood or moved one without the other. A loop is named
 * file by file so that whoever adds one sees where to cut it.
 */
const ROOTS = ['renderer/src', 'shared', 'scripts', 'electron'];

function localImports(file: string): string[] {
  const out: string[] = [];
  for (const statement of parse(file).statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : null;
    if (!specifier?.startsWith('.')) continue;
    const base = join(dirname(file), specifier);
    const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((c) => /\.tsx?$/.test(c) && existsSync(c));
    if (target) out.push(target);
  }
  return out;
}

/** The first loop found by a depth-first walk, as a list of files ending where it started; null when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (file: string): string[] | null => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = walk(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    if (state.has(file)) continue;
    const found = walk(file);
    if (found) return found;
  }
  return null;
}

describe('import cycles', () => {
  it('the walk finds a loop when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['b']],
    ]);
    expect(findCycle(graph)).toEqual(['b', 'c', 'b']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeNull();
  });

  it(`no two files under ${ROOTS.join(', ')} import each other, directly or around a loop`, () => {
    const files = ROOTS.flatMap((root) => filesUnder(root, ['.ts', '.tsx'])).filter((f) => !f.endsWith('.d.ts'));
    const inside = new Set(files);
    const graph = new Map(files.map((f) => [f, localImports(f).filter((t) => inside.has(t))]));
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => relative(repoRoot, f)).join(' → ') ?? null).toBeNull();
  });
});
