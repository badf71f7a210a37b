import type { IsoDate } from '../mandate/dates';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Paris wall-clock time is ahead of UTC at `instant`, in ms (one or two hours). */
function parisOffset(instant: number): number {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a French calendar day begins (midnight in Paris). Summer time changes at
 * 02:00 or 03:00, never at midnight, so midnight always exists and is unique.
 */
export function parisDayStart(day: IsoDate): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const guess = utcMidnight - parisOffset(utcMidnight);
  // The offset at the guess may differ from the one at UTC midnight on a change day.
  return utcMidnight - parisOffset(guess);
}
