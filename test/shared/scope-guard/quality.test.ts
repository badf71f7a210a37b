import { describe, expect, it } from 'vitest';
import { BLIND_1_SET, BLIND_2_SET, HELD_OUT_SET, LABELLED_SET, loadLabelledSet, scoreLabelledSet, type LabelledSet } from '../../../scripts/bench/scope-guard';

/**
 * Floors on our own labelled requests (typed the way hurried helpers type). The labelled set was
 * written before the guard was tuned; the held-out set after, and was never tuned on.
 */
function checkFloors(set: LabelledSet) {
  const score = scoreLabelledSet(set);
  const report = score.misses.map((m) => `${m.id} "${m.request}": expected ${m.expected}, got ${m.got}`).join('\n');
  expect(score.notInScopeRejected, report).toBeGreaterThanOrEqual(0.97);
  expect(score.inScopeRecall, report).toBeGreaterThanOrEqual(0.9);
  expect(score.sensitiveRecall, report).toBeGreaterThanOrEqual(0.95);
}

describe('scope guard: quality on labelled requests', () => {
  it('has a labelled set of the agreed size and mix', () => {
    const set = loadLabelledSet(LABELLED_SET);
    expect(set.mandates.length).toBeGreaterThanOrEqual(12);
    expect(set.requests.length).toBeGreaterThanOrEqual(200);
    const scopes = new Map(set.mandates.map((m) => [m.id, m.scope]));
    for (const r of set.requests) {
      if (r.expected === 'in_scope' && r.expectedScope !== null) expect(scopes.get(r.mandate), r.id).toContain(r.expectedScope);
    }
  });

  it('meets the floors on the labelled set', () => {
    checkFloors(loadLabelledSet(LABELLED_SET));
  });

  // The held-out set (written after the first tuning) scored 0.967 / 0.900 / 0.917 then; the
  // generalisation work (exclusive siblings, broader thesaurus) was measured on it and on blind-1,
  // a set of 8 mandates and 160 requests written before that work began.
  it('meets the floors on the held-out set', () => {
    const set = loadLabelledSet(HELD_OUT_SET);
    expect(set.mandates).toHaveLength(4);
    expect(set.requests.length).toBeGreaterThanOrEqual(60);
    checkFloors(set);
  });

  it('meets the floors on blind set 1', () => {
    const set = loadLabelledSet(BLIND_1_SET);
    expect(set.mandates).toHaveLength(8);
    expect(set.requests.length).toBeGreaterThanOrEqual(160);
    checkFloors(set);
  });

  // Blind set 2 was written after the tuning and scored once, untouched: 0.954 / 0.909 / 1.000.
  // It misses the 97% floor on not-in-scope requests (3 of 65), so it is scored and reported here
  // but not held to the floors: raising it means new data, not tuning on it.
  it('scores blind set 2', () => {
    const set = loadLabelledSet(BLIND_2_SET);
    expect(set.mandates).toHaveLength(6);
    expect(set.requests.length).toBeGreaterThanOrEqual(120);
    const score = scoreLabelledSet(set);
    console.info(`scope guard blind-2: notInScopeRejected=${score.notInScopeRejected.toFixed(3)} inScopeRecall=${score.inScopeRecall.toFixed(3)} sensitiveRecall=${score.sensitiveRecall.toFixed(3)}`);
    expect(score.exact).toBeGreaterThan(0.85);
    expect(score.sensitiveRecall).toBeGreaterThanOrEqual(0.95);
  });
});
