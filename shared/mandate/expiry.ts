import { daysBetween, type IsoDate } from './dates';

/**
 * When a mandate starts to count as « bientôt expiré ».
 *
 * A fixed delay does not fit mandates of 1 day to 1 year: with 30 days, a fresh 1-month mandate
 * would warn from its first day, and a warning that is always on is read as noise and then
 * ignored. The warning is there so that the helper renews in time, and the time a renewal needs
 * grows with how long the mandate was meant to last. So a mandate warns once what remains of it
 * is at most a tenth of its length:
 * - a tenth, rounded down, counted in days before the last day (the last day counts as 0, as in
 *   `daysLeft`): 1 year (365 days) → 36, 6 months (184) → 18, 1 month (31) → 3;
 * - at least 1: even a short mandate warns the day before its last day, so that the helper
 *   hears it while a session can still be arranged under it; a 1-day mandate warns on its day
 *   (« ce soir »), which is true and costs nothing;
 * - at most `maxDays`, the setting (30 by default, the reminder delay Aidants Connect uses), so
 *   that a long mandate does not warn for weeks; a setting of 0 leaves only the last day.
 */
export function expiringWindowDays(validity: { start: IsoDate; end: IsoDate }, maxDays: number): number {
  const lengthDays = daysBetween(validity.start, validity.end) + 1;
  const tenth = Math.floor(lengthDays / 10);
  return Math.max(0, Math.min(maxDays, Math.max(1, tenth)));
}
