import { describe, expect, it } from 'vitest';
import { addDaysTo } from '../../../shared/mandate/dates';
import { expiringWindowDays } from '../../../shared/mandate/expiry';
import { mandateStatus } from '../../../shared/mandate/status';
import { presetEnd, type ValidityPreset } from '../../../shared/mandate/validity';
import { signedMandate } from './fixtures';

const preset = (p: ValidityPreset, start = '2025-03-01') => ({ start, end: presetEnd(start, p) });

/** The first day a mandate reads « bientôt expiré », walking its days. */
function firstExpiringDay(start: string, end: string, expiringDays?: number): string | null {
  const m = signedMandate({ validity: { kind: 'dates', start, end } });
  for (let day = start; day <= end; day = addDaysTo(day, 1)) {
    if (mandateStatus(m, day, expiringDays === undefined ? {} : { expiringDays }) === 'expiring') return day;
  }
  return null;
}

describe('expiringWindowDays: a tenth of the mandate, at least 1 day, at most the setting', () => {
  it.each([
    ['1d', 1],
    ['1m', 3],
    ['6m', 18],
    ['1y', 30],
  ] as const)('a %s mandate warns %i days before its last day with the default setting', (p, days) => {
    expect(expiringWindowDays(preset(p), 30)).toBe(days);
  });

  it('never goes beyond the setting, and a setting of 0 leaves only the last day', () => {
    expect(expiringWindowDays(preset('1y'), 60)).toBe(36);
    expect(expiringWindowDays(preset('1y'), 7)).toBe(7);
    expect(expiringWindowDays(preset('1m'), 0)).toBe(0);
  });

  it('gives a short mandate at least the day before its last day', () => {
    expect(expiringWindowDays({ start: '2025-03-01', end: '2025-03-05' }, 30)).toBe(1);
    expect(expiringWindowDays({ start: '2025-03-01', end: '2025-03-02' }, 30)).toBe(1);
  });
});

describe('mandateStatus under the proportional warning', () => {
  it('a fresh 1-month mandate is active on its first day and expiring only in its last 4 days', () => {
    const { start, end } = preset('1m');
    const m = signedMandate({ validity: { kind: 'dates', start, end } });
    expect(mandateStatus(m, start)).toBe('active');
    expect(mandateStatus(m, '2025-03-27')).toBe('active');
    expect(firstExpiringDay(start, end)).toBe('2025-03-28');
  });

  it('a 1-year mandate still warns 30 days ahead, a 6-month one 18 days ahead', () => {
    expect(firstExpiringDay('2025-03-01', '2026-02-28')).toBe('2026-01-29');
    expect(firstExpiringDay('2025-03-01', '2025-08-31')).toBe('2025-08-13');
  });

  it('a 1-day mandate warns on its day: it ends tonight', () => {
    expect(firstExpiringDay('2025-03-12', '2025-03-12')).toBe('2025-03-12');
  });

  it('the setting caps the warning', () => {
    expect(firstExpiringDay('2025-03-01', '2026-02-28', 7)).toBe('2026-02-21');
    expect(firstExpiringDay('2025-03-01', '2025-03-31', 0)).toBe('2025-03-31');
  });
});
