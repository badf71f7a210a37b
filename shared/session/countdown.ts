/**
 * The security-code countdown. Always computed from the stored deadline and the current
 * instant, never by decrementing a counter: a hidden window throttles timers, a laptop
 * lid closes, the app restarts — in every case the next reading is right again.
 */

/** Quick Assist codes are valid for 10 minutes; settings may change it (1–60). */
export const DEFAULT_CODE_DURATION_MINUTES = 10;
export const MIN_CODE_DURATION_MINUTES = 1;
export const MAX_CODE_DURATION_MINUTES = 60;

export const DEFAULT_WARN_AT_MS = 120_000;
export const DEFAULT_URGENT_AT_MS = 30_000;

export type CountdownPhase = 'ok' | 'warning' | 'urgent' | 'expired';

/** In the order they are reached. */
export const COUNTDOWN_PHASES: readonly CountdownPhase[] = ['ok', 'warning', 'urgent', 'expired'];

export interface CountdownOptions {
  warnAtMs?: number;
  urgentAtMs?: number;
}

export interface CountdownView {
  remainingMs: number;
  /** 'mm:ss', rounded up so that « 00:00 » appears only once the code has expired. */
  label: string;
  phase: CountdownPhase;
}

export function codeDurationMs(minutes: number = DEFAULT_CODE_DURATION_MINUTES): number {
  return minutes * 60_000;
}

export function codeDeadline(generatedAt: number, minutes: number = DEFAULT_CODE_DURATION_MINUTES): number {
  return generatedAt + codeDurationMs(minutes);
}

function thresholds(options: CountdownOptions): { warnAtMs: number; urgentAtMs: number } {
  const warnAtMs = Math.max(0, options.warnAtMs ?? DEFAULT_WARN_AT_MS);
  // An urgent threshold above the warning one would make « warning » unreachable and the
  // order of announcements odd: urgent never starts before warning.
  const urgentAtMs = Math.min(warnAtMs, Math.max(0, options.urgentAtMs ?? DEFAULT_URGENT_AT_MS));
  return { warnAtMs, urgentAtMs };
}

export function remainingMs(deadline: number, now: number): number {
  const left = deadline - now;
  return Number.isFinite(left) ? Math.max(0, left) : 0;
}

export function phaseFor(remaining: number, options: CountdownOptions = {}): CountdownPhase {
  const { warnAtMs, urgentAtMs } = thresholds(options);
  if (remaining <= 0) return 'expired';
  if (remaining <= urgentAtMs) return 'urgent';
  if (remaining <= warnAtMs) return 'warning';
  return 'ok';
}

/** 'mm:ss'; minutes are not capped at 59 so a 60-minute code reads « 60:00 ». */
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

export function countdownView(deadline: number, now: number, options: CountdownOptions = {}): CountdownView {
  const remaining = remainingMs(deadline, now);
  return { remainingMs: remaining, label: formatCountdown(remaining), phase: phaseFor(remaining, options) };
}

/**
 * The phases entered after `previousNow` and up to `now`, in order. A screen reader is
 * told about these only, not every second; a sleep that jumps past several thresholds
 * returns all of them (announce the last). A clock that went backwards, or no change,
 * returns nothing. When a new code is generated, start again from its generation instant.
 */
export function phasesCrossed(deadline: number, previousNow: number, now: number, options: CountdownOptions = {}): CountdownPhase[] {
  const before = COUNTDOWN_PHASES.indexOf(phaseFor(remainingMs(deadline, previousNow), options));
  const after = COUNTDOWN_PHASES.indexOf(phaseFor(remainingMs(deadline, now), options));
  if (after <= before) return [];
  const { warnAtMs, urgentAtMs } = thresholds(options);
  return COUNTDOWN_PHASES.slice(before + 1, after + 1).filter((phase) => phase !== 'warning' || warnAtMs > urgentAtMs);
}

/** The one phase worth announcing between two readings, or null: the most advanced crossed. */
export function phaseToAnnounce(deadline: number, previousNow: number, now: number, options: CountdownOptions = {}): CountdownPhase | null {
  return phasesCrossed(deadline, previousNow, now, options).at(-1) ?? null;
}
