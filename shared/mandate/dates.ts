import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import { dayInWords } from '../messages/day';

/**
 * Calendar dates are plain 'YYYY-MM-DD' strings: a mandate is valid per calendar day in
 * Europe/Paris, so a day is what we store and compare, never an instant. Such strings sort
 * and compare correctly as text. The caller passes "today" (see `parisDate`) so that the
 * logic never reads the clock and tests can pin any day.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written 'YYYY-MM-DD' (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any local offset.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * date-fns works on local Date objects; a local midnight built from the parts and read back
 * from the parts round-trips whatever the machine's time zone, so no offset leaks in.
 */
function toLocal(day: IsoDate): Date {
  const m = ISO_DATE.exec(day);
  if (!m || !isIsoDate(day)) throw new RangeError(`Not a calendar date: ${day}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromLocal(date: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDaysTo(day: IsoDate, days: number): IsoDate {
  return fromLocal(addDays(toLocal(day), days));
}

/**
 * Adds whole months; when the target month is too short, date-fns clamps to its last day
 * (31 January + 1 month = 28 or 29 February). `clamped` says whether that happened.
 */
export function addMonthsTo(day: IsoDate, months: number): { date: IsoDate; clamped: boolean } {
  const start = toLocal(day);
  const result = addMonths(start, months);
  return { date: fromLocal(result), clamped: result.getDate() !== start.getDate() };
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocal(to), toLocal(from));
}

// Built on first use: creating a formatter with a time zone loads ICU data, which the
// renderer's start-up does not need.
let parisDay: Intl.DateTimeFormat | null = null;
const PARIS_DAY = () => (parisDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }));

/**
 * The calendar day in Paris for an instant (epoch ms or an ISO date-time). Callers use it to
 * derive "today" and to turn a signature time into the date printed on the mandate; the
 * laptop may be set to another zone, the mandate's days are French days.
 */
export function parisDate(instant: number | string): IsoDate {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  // en-CA formats as YYYY-MM-DD.
  return PARIS_DAY().format(date);
}

/** '1er mars 2026', '12 mars 2026': the way a date is written in a French document. Throws on a day that does not exist. */
export function formatFrenchDate(day: IsoDate): string {
  return dayInWords(fromLocal(toLocal(day)), 'fr');
}

let parisClock: Intl.DateTimeFormat | null = null;

/** The time of day in Paris for an instant, 'HH:MM' (24 h): when a call was received. */
export function parisTime(instant: number | string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  parisClock ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return parisClock.format(date);
}
