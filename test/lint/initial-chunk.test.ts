import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse, repoRoot } from './source-files';

/**
 * What the renderer loads before its first paint is the static import graph of its two entries,
 * early.ts and main.tsx (dynamic import() starts a separate chunk). Keeping the heavy parts out of it is what keeps
 * `renderer_js_gzip_kb` under its goal, so a static import that drags them back fails here,
 * naming the path, before anyone runs the benchmark.
 */

/** Static, value-carrying module specifiers of a file (type-only imports vanish at build time). */
function staticImports(file: string): string[] {
  const source = parse(file);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      const named = statement.exportClause;
      if (named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.(tsx?)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null; // .css, .json: data, not code that pulls packages in
}

/** Every local file and package reached by static imports from `entry`, with one path to each. */
function staticGraph(entry: string) {
  const files = new Map<string, string[]>([[entry, [entry]]]);
  const packages = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const path = files.get(file)!;
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target && !files.has(target)) {
          files.set(target, [...path, target]);
          queue.push(target);
        }
      } else {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, path);
      }
    }
  }
  return { files, packages };
}

const show = (path: string[]) => path.map((p) => relative(repoRoot, p)).join(' → ');
// The page's two entries (vite.config.ts): early.ts, which sends the start-up reads, then main.tsx.
const early = staticGraph(join(repoRoot, 'renderer/src/early.ts'));
const main = staticGraph(join(repoRoot, 'renderer/src/main.tsx'));
const graph = { files: new Map([...early.files, ...main.files]), packages: new Map([...early.packages, ...main.packages]) };

describe("the renderer's first chunk", () => {
  it('reaches the start screens (the walk itself works)', () => {
    const reached = [...graph.files.keys()].map((f) => relative(repoRoot, f));
    expect(reached).toContain('renderer/src/App.tsx');
    expect(reached).toContain('renderer/src/session/SessionScreen.tsx');
    expect(reached).toContain('renderer/src/screens/PersonsScreen.tsx');
    expect([...graph.packages.keys()]).toContain('react-dom');
  });

  it.each(['react', 'react-dom', 'i18next', 'react-i18next', 'zod'])('its early entry, which runs before the app has loaded, does not carry %s', (name) => {
    const path = early.packages.get(name);
    expect(path ? `${name} is reached by ${show(path)}` : null).toBeNull();
    expect([...early.files.keys()].map((f) => relative(repoRoot, f))).toContain('renderer/src/stores/startup-reads.ts');
  });

  it.each(['zod', 'signature_pad', 'snowball-stemmers', 'stopwords-iso'])('does not carry %s', (name) => {
    const path = graph.packages.get(name);
    expect(path ? `${name} is reached by ${show(path)}` : null).toBeNull();
  });

  it('does not carry the English texts: they load with the English catalogue, on first use', () => {
    const englishTexts = [...graph.files].filter(([file]) => file.includes('shared/messages/en/') || /i18n\/locales\/en\//.test(file));
    expect(englishTexts.map(([, path]) => show(path))).toEqual([]);
    // French is what a start needs, and the walk does reach it.
    expect([...graph.files.keys()].map((f) => relative(repoRoot, f))).toContain('shared/messages/fr/index.ts');
  });

  it('does not carry the screens loaded on first use, nor the scope guard', () => {
    const lazy = [...graph.files].filter(
      ([file]) =>
        /renderer\/src\/screens\/(SettingsScreen|RecoveryScreen|PrintScreen)\.tsx$/.test(file) ||
        /renderer\/src\/screens\/(mandates|history|export)\/\w+Screen\.tsx$/.test(file) ||
        file.includes('shared/scope-guard/'),
    );
    expect(lazy.map(([, path]) => show(path))).toEqual([]);
  });
});
