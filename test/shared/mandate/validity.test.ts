import { describe, expect, it } from 'vitest';
import { addDaysTo, daysBetween, formatFrenchDate, isIsoDate, parisDate } from '../../../shared/mandate/dates';
import { coversDay, presetEnd, resolveValidity } from '../../../shared/mandate/validity';

describe('presetEnd: end date is inclusive', () => {
  it('1 day ends on the start day', () => {
    expect(presetEnd('2025-03-12', '1d')).toBe('2025-03-12');
  });

  it.each([
    ['2025-01-15', '1m', '2025-02-14'],
    ['2025-03-01', '1m', '2025-03-31'],
    ['2025-01-31', '1m', '2025-02-28'],
    ['2024-01-31', '1m', '2024-02-29'],
    ['2025-01-28', '1m', '2025-02-27'],
    ['2025-01-15', '6m', '2025-07-14'],
    ['2025-08-31', '6m', '2026-02-28'],
    ['2025-03-12', '1y', '2026-03-11'],
    ['2025-01-01', '1y', '2025-12-31'],
    ['2024-02-29', '1y', '2025-02-28'],
  ] as const)('%s + %s ends on %s', (start, preset, end) => {
    expect(presetEnd(start, preset)).toBe(end);
  });

  it('resolves a preset choice and keeps a custom range as given', () => {
    expect(resolveValidity({ kind: 'preset', preset: '6m', start: '2025-03-12' })).toEqual({ start: '2025-03-12', end: '2025-09-11', preset: '6m' });
    expect(resolveValidity({ kind: 'dates', start: '2025-03-12', end: '2025-04-01' })).toEqual({ start: '2025-03-12', end: '2025-04-01', preset: null });
  });

  it('covers both ends and nothing outside', () => {
    const range = { start: '2025-03-01', end: '2025-03-31' };
    expect(['2025-02-28', '2025-03-01', '2025-03-31', '2025-04-01'].map((d) => coversDay(range, d))).toEqual([false, true, true, false]);
  });
});

describe('calendar dates', () => {
  it('rejects impossible days', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-3-1')).toBe(false);
  });

  it('counts calendar days across a daylight-saving change', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(addDaysTo('2025-10-25', 2)).toBe('2025-10-27');
  });

  it('takes the Paris day, not the UTC one', () => {
    // 23:30 UTC on 31 March is already 1 April in Paris (summer time, UTC+2).
    expect(parisDate('2025-03-31T23:30:00Z')).toBe('2025-04-01');
    expect(parisDate(Date.UTC(2025, 0, 1, 22, 59))).toBe('2025-01-01');
    expect(parisDate(Date.UTC(2025, 0, 1, 23, 0))).toBe('2025-01-02');
  });

  it('writes dates the French way', () => {
    expect(formatFrenchDate('2025-03-01')).toBe('1er mars 2025');
    expect(formatFrenchDate('2025-08-15')).toBe('15 août 2025');
  });
});
