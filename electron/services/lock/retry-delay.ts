/**
 * How long a profile waits after wrong PINs. The first two mistakes cost nothing (a PIN typed
 * in a hurry), then each one doubles the wait from 15 seconds up to 15 minutes. At the cap a
 * 6-digit PIN takes years of guessing on average; the profile and its records are never erased.
 */
export const FREE_FAILURES = 2;
export const FIRST_DELAY_MS = 15_000;
export const MAX_DELAY_MS = 15 * 60_000;

export function retryDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  const doublings = failures - FREE_FAILURES - 1;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(doublings, 30));
}
