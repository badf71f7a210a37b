import { addMonthsTo, addDaysTo, type IsoDate } from './dates';

export const VALIDITY_PRESETS = ['1d', '1m', '6m', '1y'] as const;
export type ValidityPreset = (typeof VALIDITY_PRESETS)[number];

export const PRESET_LABELS: Record<ValidityPreset, string> = {
  '1d': '1 jour',
  '1m': '1 mois',
  '6m': '6 mois',
  '1y': '1 an',
};

const PRESET_MONTHS: Record<Exclude<ValidityPreset, '1d'>, number> = { '1m': 1, '6m': 6, '1y': 12 };

/** The longest mandate we accept, also for hand-picked dates: the same span as the 1-year preset. */
export const MAX_VALIDITY_MONTHS = 12;

/**
 * Last valid day (inclusive) of a mandate starting on `start`.
 *
 * Rule, so that "1 month" covers exactly one month of days:
 * - '1d' ends on the start day itself;
 * - 'N months' ends the day before the same day-of-month N months later
 *   (15 January + 1 month → 14 February; 1 March + 1 month → 31 March);
 * - when that later month has no such day, it ends on that month's last day
 *   (31 January + 1 month → 28 February; 29 February 2024 + 1 year → 28 February 2025).
 */
export function presetEnd(start: IsoDate, preset: ValidityPreset): IsoDate {
  if (preset === '1d') return start;
  return endAfterMonths(start, PRESET_MONTHS[preset]);
}

/** Same rule as `presetEnd` for any number of months. */
export function endAfterMonths(start: IsoDate, months: number): IsoDate {
  const { date, clamped } = addMonthsTo(start, months);
  // A clamped result is already the last day of the short month: subtracting a day would
  // cut the mandate short (31 January would end on 27 February).
  return clamped ? date : addDaysTo(date, -1);
}

/** Both ends inclusive; `preset` remembers the choice so an amendment can offer it again. */
export interface ValidityRange {
  start: IsoDate;
  end: IsoDate;
  preset: ValidityPreset | null;
}

/** The helper's choice, as schema.ts validates it (declared here so that this file needs no schema). */
export type ValidityChoice = { kind: 'preset'; preset: ValidityPreset; start: IsoDate } | { kind: 'dates'; start: IsoDate; end: IsoDate };

export function resolveValidity(input: ValidityChoice): ValidityRange {
  if (input.kind === 'preset') return { start: input.start, end: presetEnd(input.start, input.preset), preset: input.preset };
  return { start: input.start, end: input.end, preset: null };
}

/** True when `day` lies within the range, both ends included. */
export function coversDay(range: { start: IsoDate; end: IsoDate }, day: IsoDate): boolean {
  return range.start <= day && day <= range.end;
}
