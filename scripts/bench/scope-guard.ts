import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compileMandate, judge, type VerdictKind } from '../../shared/scope-guard';

/**
 * Quality and speed of the scope guard, measured on the labelled sets in
 * test/fixtures/scope-guard/. Shared by `npm run bench` and by the quality test, so that both
 * report the very same figures.
 */

export interface LabelledMandate {
  id: string;
  scope: string[];
  exclusions: string[];
}

export interface LabelledRequest {
  id: string;
  mandate: string;
  request: string;
  expected: VerdictKind;
  /** For in_scope: the scope item expected, or null for the Quick Assist procedure itself. */
  expectedScope: string | null;
}

export interface LabelledSet {
  mandates: LabelledMandate[];
  requests: LabelledRequest[];
}

export interface Miss {
  id: string;
  request: string;
  expected: string;
  got: string;
}

export interface SetScore {
  /** Of the requests that are not in scope, the share not judged in_scope. */
  notInScopeRejected: number;
  /** Of the in-scope requests, the share judged in_scope with the right item. */
  inScopeRecall: number;
  /** Of the sensitive requests, the share judged sensitive. */
  sensitiveRecall: number;
  /** Share of requests given exactly the expected verdict (and item). */
  exact: number;
  counts: Record<string, number>;
  misses: Miss[];
}

export const LABELLED_SET = fileURLToPath(new URL('../../test/fixtures/scope-guard/labelled.json', import.meta.url));
export const HELD_OUT_SET = fileURLToPath(new URL('../../test/fixtures/scope-guard/held-out.json', import.meta.url));
/** Written before the generalisation work (blind-1) and after it, never tuned on (blind-2). */
export const BLIND_1_SET = fileURLToPath(new URL('../../test/fixtures/scope-guard/blind-1.json', import.meta.url));
export const BLIND_2_SET = fileURLToPath(new URL('../../test/fixtures/scope-guard/blind-2.json', import.meta.url));

export function loadLabelledSet(path: string): LabelledSet {
  return JSON.parse(readFileSync(path, 'utf8')) as LabelledSet;
}

export function scoreLabelledSet(set: LabelledSet): SetScore {
  const mandates = new Map(set.mandates.map((m) => [m.id, compileMandate(m.scope, m.exclusions)]));
  const counts: Record<string, number> = {};
  let notInScope = 0;
  let rejected = 0;
  let inScope = 0;
  let recalled = 0;
  let sensitive = 0;
  let sensitiveFound = 0;
  let exact = 0;
  const misses: Miss[] = [];
  for (const r of set.requests) {
    const mandate = mandates.get(r.mandate);
    if (!mandate) throw new Error(`labelled request ${r.id}: unknown mandate ${r.mandate}`);
    const verdict = judge(mandate, r.request);
    counts[r.expected] = (counts[r.expected] ?? 0) + 1;
    const right = verdict.verdict === r.expected && (r.expected !== 'in_scope' || verdict.matchedScope === r.expectedScope);
    if (right) exact += 1;
    else misses.push({ id: r.id, request: r.request, expected: `${r.expected}${r.expectedScope ? ` [${r.expectedScope}]` : ''}`, got: `${verdict.verdict}${verdict.matchedScope ? ` [${verdict.matchedScope}]` : ''}` });
    if (r.expected === 'in_scope') {
      inScope += 1;
      if (right) recalled += 1;
    } else {
      notInScope += 1;
      if (verdict.verdict !== 'in_scope') rejected += 1;
    }
    if (r.expected === 'sensitive') {
      sensitive += 1;
      if (verdict.verdict === 'sensitive') sensitiveFound += 1;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    notInScopeRejected: ratio(rejected, notInScope),
    inScopeRecall: ratio(recalled, inScope),
    sensitiveRecall: ratio(sensitiveFound, sensitive),
    exact: ratio(exact, set.requests.length),
    counts,
    misses,
  };
}

/** Milliseconds per request on a 20-item mandate compiled once, as while the helper types. */
export function measureMsPerRequest(set: LabelledSet, iterations = 20): number {
  const items = [...new Set(set.mandates.flatMap((m) => m.scope))].slice(0, 20);
  const exclusions = [...new Set(set.mandates.flatMap((m) => m.exclusions))].slice(0, 5);
  const mandate = compileMandate(items, exclusions);
  const requests = set.requests.map((r) => r.request);
  for (const request of requests) judge(mandate, request); // warm-up: JIT and word cache
  const start = performance.now();
  for (let i = 0; i < iterations; i++) for (const request of requests) judge(mandate, request);
  return (performance.now() - start) / (iterations * requests.length);
}

export async function benchScopeGuard(): Promise<{ notInScopeRejected: number; inScopeRecall: number; sensitiveRecall: number; msPerRequest: number }> {
  const set = loadLabelledSet(LABELLED_SET);
  const score = scoreLabelledSet(set);
  return {
    notInScopeRejected: score.notInScopeRejected,
    inScopeRecall: score.inScopeRecall,
    sensitiveRecall: score.sensitiveRecall,
    msPerRequest: measureMsPerRequest(set),
  };
}

// Run directly (`npx tsx scripts/bench/scope-guard.ts [set.json]`): print the figures and the misses.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv[2] ?? LABELLED_SET;
  const set = loadLabelledSet(path);
  const score = scoreLabelledSet(set);
  for (const miss of score.misses) console.log(`${miss.id}\t${miss.request}\n\texpected ${miss.expected}\n\tgot      ${miss.got}`);
  console.log(JSON.stringify({ ...score, misses: score.misses.length, msPerRequest: measureMsPerRequest(set) }, null, 2));
}
