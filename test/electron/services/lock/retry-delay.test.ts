import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, retryDelayMs } from '../../../../electron/services/lock/retry-delay';

describe('the wait after wrong PINs', () => {
  it('is free for two mistakes, then doubles from 15 s up to 15 minutes, and never ends in anything worse', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([0, 0, 0, 15_000, 30_000, 60_000, 120_000]);
    expect(retryDelayMs(8)).toBe(480_000);
    expect(retryDelayMs(9)).toBe(MAX_DELAY_MS);
    expect(retryDelayMs(10_000)).toBe(MAX_DELAY_MS);
    for (let n = 1; n < 50; n++) expect(retryDelayMs(n + 1)).toBeGreaterThanOrEqual(retryDelayMs(n));
  });
});
