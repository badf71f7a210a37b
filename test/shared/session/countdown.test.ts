import { describe, expect, it } from 'vitest';
import {
  codeDeadline,
  codeStatusAt,
  countdownView,
  foldEvents,
  formatCountdown,
  phasesCrossed,
  phaseToAnnounce,
  type CountdownPhase,
} from '../../../shared/session';
import { MIN, started, T0, walkTo } from './driver';

const SEC = 1000;
const deadline = codeDeadline(T0); // generated at T0, 10 minutes

describe('countdownView', () => {
  it('defaults to 10 minutes and reads from the deadline', () => {
    expect(deadline - T0).toBe(10 * MIN);
    expect(codeDeadline(T0, 5)).toBe(T0 + 5 * MIN);
    expect(countdownView(deadline, T0)).toEqual({ remainingMs: 10 * MIN, label: '10:00', phase: 'ok' });
  });

  it.each([
    [1, '10:00', 'ok'],
    [8 * MIN - 1, '02:01', 'ok'],
    [8 * MIN, '02:00', 'warning'],
    [9 * MIN + 29 * SEC, '00:31', 'warning'],
    [9 * MIN + 30 * SEC, '00:30', 'urgent'],
    [10 * MIN - 1, '00:01', 'urgent'],
    [10 * MIN, '00:00', 'expired'],
    [25 * MIN, '00:00', 'expired'],
  ] as const)('at +%i ms shows %s (%s)', (offset, label, phase) => {
    const view = countdownView(deadline, T0 + offset);
    expect(view.label).toBe(label);
    expect(view.phase).toBe(phase);
    expect(view.remainingMs).toBe(Math.max(0, 10 * MIN - offset));
  });

  it('takes custom thresholds, and never lets « urgent » start before « warning »', () => {
    expect(countdownView(deadline, deadline - 90 * SEC, { warnAtMs: 60 * SEC, urgentAtMs: 10 * SEC }).phase).toBe('ok');
    expect(countdownView(deadline, deadline - 60 * SEC, { warnAtMs: 60 * SEC, urgentAtMs: 10 * SEC }).phase).toBe('warning');
    expect(countdownView(deadline, deadline - 60 * SEC, { warnAtMs: 60 * SEC, urgentAtMs: 5 * MIN }).phase).toBe('urgent');
    expect(countdownView(deadline, deadline - 61 * SEC, { warnAtMs: 60 * SEC, urgentAtMs: 5 * MIN }).phase).toBe('ok');
  });

  it('formats long codes without wrapping minutes', () => {
    expect(formatCountdown(60 * MIN)).toBe('60:00');
    expect(formatCountdown(-5)).toBe('00:00');
  });

  it('stays right when a hidden window is read at irregular, throttled instants', () => {
    // Background tabs get timers once a minute or less; the reading must not drift.
    const readings = [0, 1_003, 1_950, 61_000, 61_500, 183_771, 450_002, 479_999, 480_000, 541_234, 599_999].map((o) => T0 + o);
    let previous = Number.POSITIVE_INFINITY;
    for (const now of readings) {
      const view = countdownView(deadline, now);
      expect(view.remainingMs).toBe(deadline - now);
      expect(view.remainingMs).toBeLessThanOrEqual(previous);
      previous = view.remainingMs;
    }
    expect(countdownView(deadline, T0 + 183_771).label).toBe('06:57');
    expect(countdownView(deadline, T0 + 541_234).label).toBe('00:59');
  });

  it('is expired after a sleep that jumps the clock past the deadline', () => {
    const beforeSleep = T0 + 2 * MIN;
    const afterSleep = T0 + 47 * MIN;
    expect(countdownView(deadline, beforeSleep).phase).toBe('ok');
    expect(countdownView(deadline, afterSleep)).toEqual({ remainingMs: 0, label: '00:00', phase: 'expired' });
    expect(phasesCrossed(deadline, beforeSleep, afterSleep)).toEqual(['warning', 'urgent', 'expired']);
    expect(phaseToAnnounce(deadline, beforeSleep, afterSleep)).toBe('expired');
  });

  it('restarts from the deadline stored in the log, not from a fresh 10 minutes', () => {
    const d = walkTo(started(), 'code');
    d.run({ type: 'generate_code', code: 'Q3X7PK' });
    const generatedAt = d.now;
    // The app is killed and reopened 7 min 20 s later: only the log survives.
    const restarted = foldEvents(JSON.parse(JSON.stringify(d.events)));
    const reopenedAt = generatedAt + 7 * MIN + 20 * SEC;
    expect(countdownView(restarted.code!.deadline, reopenedAt)).toEqual({ remainingMs: 2 * MIN + 40 * SEC, label: '02:40', phase: 'ok' });
    expect(codeStatusAt(restarted, reopenedAt)).toBe('pending');
    expect(codeStatusAt(restarted, generatedAt + 10 * MIN)).toBe('expired');
  });
});

describe('threshold crossings for screen readers', () => {
  it('reports a threshold only at the reading that crosses it', () => {
    expect(phasesCrossed(deadline, T0 + 8 * MIN - SEC, T0 + 8 * MIN)).toEqual(['warning']);
    expect(phasesCrossed(deadline, T0 + 8 * MIN, T0 + 8 * MIN + SEC)).toEqual([]);
    expect(phasesCrossed(deadline, T0 + 9 * MIN + 29 * SEC, T0 + 9 * MIN + 31 * SEC)).toEqual(['urgent']);
    expect(phasesCrossed(deadline, T0 + 10 * MIN - 1, T0 + 10 * MIN)).toEqual(['expired']);
    expect(phasesCrossed(deadline, T0 + 11 * MIN, T0 + 12 * MIN)).toEqual([]);
  });

  it('says nothing when the clock goes backwards', () => {
    expect(phasesCrossed(deadline, T0 + 9 * MIN + 45 * SEC, T0 + 5 * MIN)).toEqual([]);
    expect(phaseToAnnounce(deadline, T0 + 9 * MIN + 45 * SEC, T0 + 5 * MIN)).toBeNull();
  });

  it('skips « warning » when it has no room before « urgent »', () => {
    // Same threshold, or urgent set above warning (clamped down to it): no empty « warning ».
    expect(phasesCrossed(deadline, T0, T0 + 9 * MIN, { warnAtMs: MIN, urgentAtMs: MIN })).toEqual(['urgent']);
    expect(phasesCrossed(deadline, T0, T0 + 9 * MIN + 29 * SEC, { warnAtMs: 30 * SEC, urgentAtMs: 2 * MIN })).toEqual([]);
    expect(phasesCrossed(deadline, T0, T0 + 9 * MIN + 30 * SEC, { warnAtMs: 30 * SEC, urgentAtMs: 2 * MIN })).toEqual(['urgent']);
  });

  function announcements(offsets: number[]): CountdownPhase[] {
    const said: CountdownPhase[] = [];
    let previous = T0;
    for (const offset of offsets) {
      const phase = phaseToAnnounce(deadline, previous, T0 + offset);
      if (phase) said.push(phase);
      previous = T0 + offset;
    }
    return said;
  }

  it('announces three times over a whole countdown read every second', () => {
    const everySecond = Array.from({ length: 11 * 60 }, (_, i) => (i + 1) * SEC);
    expect(announcements(everySecond)).toEqual(['warning', 'urgent', 'expired']);
  });

  it('announces the latest phase once when throttled readings cross two at a time', () => {
    expect(announcements([60 * SEC, 7 * MIN, 9 * MIN + 40 * SEC, 10 * MIN + 1])).toEqual(['urgent', 'expired']);
  });
});
