import type { SessionState } from './state';

/**
 * Time spent against the mandate's planned session length. Like the countdown, computed
 * from stored instants and `now`, never accumulated by a timer.
 *
 * 'work' counts only the time at the « Travail sur l’ordinateur » step (a dropped connection sends the
 * session back to the code step, and reconnecting is not work); 'session' counts from the
 * start to the close.
 */
export type ElapsedBasis = 'work' | 'session';

export interface ElapsedView {
  elapsedMs: number;
  /** Null when the mandate gives no planned length. */
  plannedMs: number | null;
  /** Time left before the planned length; 0 once exceeded; null without a plan. */
  remainingMs: number | null;
  /** How far past the planned length; 0 until then. */
  overrunMs: number;
  exceeded: boolean;
  /** « 45 min », « 1 h 05 ». */
  label: string;
  plannedLabel: string | null;
}

export interface Interval {
  from: number;
  to: number;
}

/** The spans spent at the work step; an open one ends at the close, or at `now`. */
export function workIntervals(state: Pick<SessionState, 'history' | 'closedAt'>, now: number): Interval[] {
  const end = state.closedAt ?? now;
  const intervals: Interval[] = [];
  let openedAt: number | null = null;
  for (const visit of state.history) {
    if (visit.step === 'work') {
      openedAt ??= visit.at;
    } else if (openedAt !== null) {
      intervals.push({ from: openedAt, to: visit.at });
      openedAt = null;
    }
  }
  if (openedAt !== null) intervals.push({ from: openedAt, to: Math.max(openedAt, end) });
  return intervals;
}

// A clock set back between two events must not make time negative.
const span = ({ from, to }: Interval) => Math.max(0, to - from);

export function workElapsedMs(state: Pick<SessionState, 'history' | 'closedAt'>, now: number): number {
  return workIntervals(state, now).reduce((sum, interval) => sum + span(interval), 0);
}

export function sessionElapsedMs(state: Pick<SessionState, 'startedAt' | 'closedAt'>, now: number): number {
  if (state.startedAt === null) return 0;
  return span({ from: state.startedAt, to: state.closedAt ?? now });
}

/** « 0 min », « 45 min », « 1 h 05 »: whole minutes, rounded down. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

export function elapsedView(elapsedMs: number, plannedMinutes: number | null | undefined): ElapsedView {
  const elapsed = Math.max(0, elapsedMs);
  const plannedMs = plannedMinutes && plannedMinutes > 0 ? plannedMinutes * 60_000 : null;
  const exceeded = plannedMs !== null && elapsed > plannedMs;
  return {
    elapsedMs: elapsed,
    plannedMs,
    remainingMs: plannedMs === null ? null : Math.max(0, plannedMs - elapsed),
    overrunMs: plannedMs === null ? 0 : Math.max(0, elapsed - plannedMs),
    exceeded,
    label: formatDuration(elapsed),
    plannedLabel: plannedMs === null ? null : formatDuration(plannedMs),
  };
}

export function sessionElapsed(
  state: Pick<SessionState, 'history' | 'closedAt' | 'startedAt'>,
  now: number,
  plannedMinutes: number | null | undefined,
  basis: ElapsedBasis = 'work',
): ElapsedView {
  const elapsed = basis === 'work' ? workElapsedMs(state, now) : sessionElapsedMs(state, now);
  return elapsedView(elapsed, plannedMinutes);
}
