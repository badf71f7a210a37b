import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet, loadRegistry, newestBlind, scoreLabelledSet, type RegisteredSet } from '../../../scripts/bench/scope-guard';

/**
 * The floors of issue 14 on every labelled set of test/fixtures/scope-guard/sets.json: every
 * development set (tuned on), and the newest blind set (the figures that say how the guard does
 * on requests it never saw). Older blind sets are scored and reported, not held.
 */
const FLOORS = { notInScopeKeptOut: 0.97, inScopeRecall: 0.9, sensitiveRecall: 0.95 };

const registry = loadRegistry();
const blind = newestBlind(registry);
const held = registry.filter((s) => s.status === 'development' || s === blind);
const reported = registry.filter((s) => !held.includes(s));

function score(set: RegisteredSet) {
  const result = scoreLabelledSet(loadLabelledSet(set.path));
  console.info(
    `scope guard ${set.name} (${set.status}): kept out ${result.notInScopeKeptOut.toFixed(3)}, in-scope recall ${result.inScopeRecall.toFixed(3)}, sensitive recall ${result.sensitiveRecall.toFixed(3)}`,
  );
  return result;
}

describe('scope guard: quality on the registered sets', () => {
  it('has a registry whose sets exist and whose labels name their mandates’ items', () => {
    expect(registry.filter((s) => s.status === 'development').length).toBeGreaterThanOrEqual(4);
    for (const set of registry) {
      expect(existsSync(set.path), set.path).toBe(true);
      const data = loadLabelledSet(set.path);
      const scopes = new Map(data.mandates.map((m) => [m.id, m.scope]));
      for (const r of data.requests) if (r.expected === 'in_scope' && r.expectedScope) expect(scopes.get(r.mandate), `${set.name} ${r.id}`).toContain(r.expectedScope);
      for (const change of set.relabelled) expect(data.requests.some((r) => r.id === change.id), `${set.name} ${change.id}`).toBe(true);
      for (const doubt of set.disputed) expect(data.requests.find((r) => r.id === doubt.id)?.request, `${set.name} ${doubt.id}`).toBe(doubt.request);
    }
  });

  it.each(held.map((s) => [s.name, s] as const))('meets the floors (or, while below them, holds the figures reached) on %s', (_, set) => {
    const result = score(set);
    const report = result.misses.map((m) => `${m.id} "${m.request}": expected ${m.expected}, got ${m.got}`).join('\n');
    // A set still below the floors holds the figures it reached (see `belowFloors` in sets.json):
    // no change may lose ground on it, and any figure at the floor is held at the floor.
    const goal = (key: keyof typeof FLOORS) => Math.min(FLOORS[key], set.belowFloors?.[key] ?? FLOORS[key]);
    if (set.belowFloors) console.info(`scope guard ${set.name}: below the floors, held at ${JSON.stringify(set.belowFloors)}`);
    expect(result.notInScopeKeptOut, report).toBeGreaterThanOrEqual(goal('notInScopeKeptOut'));
    expect(result.inScopeRecall, report).toBeGreaterThanOrEqual(goal('inScopeRecall'));
    expect(result.sensitiveRecall, report).toBeGreaterThanOrEqual(goal('sensitiveRecall'));
  });

  it('holds the floors themselves on the newest blind set', () => {
    if (blind) expect(blind.belowFloors ?? null, blind.name).toBeNull();
  });

  it.runIf(reported.length > 0)('reports the older blind sets', () => {
    for (const set of reported) expect(score(set).requests).toBeGreaterThan(0);
  });
});
