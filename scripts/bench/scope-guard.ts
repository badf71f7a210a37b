import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { compileMandate, judge } from '../../shared/scope-guard';

/**
 * Quality and speed of the scope guard on the labelled sets listed in
 * test/fixtures/scope-guard/sets.json. Shared by `npm run bench` and by the quality test, so
 * that both report the very same figures.
 */

const Label = z.enum(['in_scope', 'check', 'out_of_scope', 'excluded', 'sensitive', 'unclear']);

const LabelledSetSchema = z.object({
  mandates: z.array(z.object({ id: z.string(), scope: z.array(z.string()), exclusions: z.array(z.string()) })),
  requests: z.array(
    z.object({
      id: z.string(),
      mandate: z.string(),
      request: z.string(),
      expected: Label,
      /** For in_scope: the scope item expected, or null for the Quick Assist connection itself. */
      expectedScope: z.string().nullable().optional(),
    }),
  ),
});
export type LabelledSet = z.infer<typeof LabelledSetSchema>;

const Figures = z.object({ notInScopeKeptOut: z.number(), inScopeRecall: z.number(), sensitiveRecall: z.number() });

const RegistrySchema = z.object({
  sets: z.array(
    z.object({
      file: z.string(),
      status: z.enum(['development', 'blind']),
      written: z.string().nullable().optional(),
      scored: z.string().nullable(),
      figuresAtScoring: Figures.nullable(),
      /**
       * A development set the guard does not yet bring to the floors: the figures it reached, which
       * the quality test holds instead of the floors (never lower than them) until they are met.
       */
      belowFloors: Figures.nullable().optional(),
      note: z.string().optional(),
      relabelled: z.array(z.object({ id: z.string(), request: z.string(), was: z.string(), now: z.string(), reason: z.string() })).default([]),
      disputed: z.array(z.object({ id: z.string(), request: z.string(), label: z.string(), guard: z.string(), why: z.string() })).default([]),
    }),
  ),
});
export type RegisteredSet = z.infer<typeof RegistrySchema>['sets'][number] & { path: string; name: string };

export const REGISTRY = fileURLToPath(new URL('../../test/fixtures/scope-guard/sets.json', import.meta.url));

export function loadRegistry(path = REGISTRY): RegisteredSet[] {
  const registry = RegistrySchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return registry.sets.map((set) => ({ ...set, path: isAbsolute(set.file) ? set.file : join(dirname(path), set.file), name: set.file.replace(/^.*\//, '').replace(/\.json$/, '') }));
}

/** The blind set scored last: the one whose figures say how the guard does on requests it never saw. */
export function newestBlind(sets: readonly RegisteredSet[]): RegisteredSet | null {
  const blind = sets.filter((s) => s.status === 'blind');
  return blind.sort((a, b) => (b.scored ?? '9999').localeCompare(a.scored ?? '9999'))[0] ?? null;
}

export function loadLabelledSet(path: string): LabelledSet {
  const set = LabelledSetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const ids = new Set(set.mandates.map((m) => m.id));
  for (const r of set.requests) if (!ids.has(r.mandate)) throw new Error(`${path}: request ${r.id} names an unknown mandate ${r.mandate}`);
  return set;
}

export interface Miss {
  id: string;
  request: string;
  expected: string;
  got: string;
}

export interface SetScore {
  /** Of the requests that are not in scope, the share not judged in_scope (check, out of scope, excluded, sensitive, unclear all keep out). */
  notInScopeKeptOut: number;
  /** Of the in-scope requests, the share judged in_scope with the right item. */
  inScopeRecall: number;
  /** Of the sensitive requests, the share judged sensitive. */
  sensitiveRecall: number;
  /** Share of requests given exactly the expected verdict (and item). */
  exact: number;
  requests: number;
  misses: Miss[];
}

export function scoreLabelledSet(set: LabelledSet): SetScore {
  const mandates = new Map(set.mandates.map((m) => [m.id, compileMandate(m.scope, m.exclusions)]));
  let notInScope = 0;
  let keptOut = 0;
  let inScope = 0;
  let recalled = 0;
  let sensitive = 0;
  let sensitiveFound = 0;
  let exact = 0;
  const misses: Miss[] = [];
  for (const r of set.requests) {
    const verdict = judge(mandates.get(r.mandate)!, r.request);
    const expectedScope = r.expectedScope ?? null;
    const right = verdict.verdict === r.expected && (r.expected !== 'in_scope' || verdict.matchedScope === expectedScope);
    if (right) exact += 1;
    else misses.push({ id: r.id, request: r.request, expected: `${r.expected}${expectedScope ? ` [${expectedScope}]` : ''}`, got: `${verdict.verdict}${verdict.matchedScope ? ` [${verdict.matchedScope}]` : ''}` });
    if (r.expected === 'in_scope') {
      inScope += 1;
      if (right) recalled += 1;
    } else {
      notInScope += 1;
      if (verdict.verdict !== 'in_scope') keptOut += 1;
    }
    if (r.expected === 'sensitive') {
      sensitive += 1;
      if (verdict.verdict === 'sensitive') sensitiveFound += 1;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    notInScopeKeptOut: ratio(keptOut, notInScope),
    inScopeRecall: ratio(recalled, inScope),
    sensitiveRecall: ratio(sensitiveFound, sensitive),
    exact: ratio(exact, set.requests.length),
    requests: set.requests.length,
    misses,
  };
}

/** Milliseconds per request on a 20-item mandate compiled once, as while the helper types. */
export function measureMsPerRequest(set: LabelledSet, iterations = 20): number {
  const items = [...new Set(set.mandates.flatMap((m) => m.scope))].slice(0, 20);
  const exclusions = [...new Set(set.mandates.flatMap((m) => m.exclusions))].slice(0, 5);
  const mandate = compileMandate(items, exclusions);
  const requests = set.requests.map((r) => r.request);
  for (const request of requests) judge(mandate, request); // warm-up: JIT and caches
  const start = performance.now();
  for (let i = 0; i < iterations; i++) for (const request of requests) judge(mandate, request);
  return (performance.now() - start) / (iterations * requests.length);
}

export interface SetFigures {
  name: string;
  status: string;
  notInScopeKeptOut: number;
  inScopeRecall: number;
  sensitiveRecall: number;
}

export async function benchScopeGuard(): Promise<{ sets: SetFigures[]; msPerRequest: number }> {
  const registry = loadRegistry();
  const sets = registry.map((entry) => {
    const score = scoreLabelledSet(loadLabelledSet(entry.path));
    return { name: entry.name, status: entry.status, notInScopeKeptOut: score.notInScopeKeptOut, inScopeRecall: score.inScopeRecall, sensitiveRecall: score.sensitiveRecall };
  });
  // The set with the most distinct scope items gives a full 20-item mandate.
  const widest = registry.map((entry) => loadLabelledSet(entry.path)).sort((a, b) => new Set(b.mandates.flatMap((m) => m.scope)).size - new Set(a.mandates.flatMap((m) => m.scope)).size)[0]!;
  return { sets, msPerRequest: measureMsPerRequest(widest) };
}

// Run directly (`npx tsx scripts/bench/scope-guard.ts [set.json]`): the figures and the misses of
// one set, or of every registered set.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const paths = process.argv[2] ? [process.argv[2]] : loadRegistry().map((s) => s.path);
  for (const path of paths) {
    const score = scoreLabelledSet(loadLabelledSet(path));
    console.log(`\n${path}`);
    for (const miss of score.misses) console.log(`${miss.id}\t${miss.request}\n\texpected ${miss.expected}\n\tgot      ${miss.got}`);
    console.log(JSON.stringify({ ...score, misses: score.misses.length }));
  }
}
