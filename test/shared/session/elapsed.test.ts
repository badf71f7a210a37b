import { describe, expect, it } from 'vitest';
import { elapsedView, formatDuration, sessionElapsed, workElapsedMs, workIntervals } from '../../../shared/session';
import { MIN, started, T0, walkTo } from './driver';

describe('elapsed time against the planned length', () => {
  it('counts only the time at the work step, across a dropped connection', () => {
    const d = walkTo(started(), 'work');
    const firstStart = d.now;
    d.tick(15 * MIN).run({ type: 'jump', to: 'code', reason: 'Connexion coupée' });
    walkTo(d, 'work'); // reconnecting: code, entry, share, control — one minute each
    const secondStart = d.now;
    expect(secondStart - firstStart).toBe(19 * MIN);
    d.tick(25 * MIN).run({ type: 'next' });
    expect(workIntervals(d.state, d.now + 99 * MIN)).toEqual([
      { from: firstStart, to: firstStart + 15 * MIN },
      { from: secondStart, to: secondStart + 25 * MIN },
    ]);
    const view = sessionElapsed(d.state, d.now + 99 * MIN, 30);
    expect(view).toEqual({
      elapsedMs: 40 * MIN,
      plannedMs: 30 * MIN,
      remainingMs: 0,
      overrunMs: 10 * MIN,
      exceeded: true,
      label: '40 min',
      plannedLabel: '30 min',
    });
  });

  it('runs on with the clock while the work is under way', () => {
    const d = walkTo(started(), 'work');
    const workStart = d.now;
    expect(workElapsedMs(d.state, workStart + 12 * MIN)).toBe(12 * MIN);
    const under = sessionElapsed(d.state, workStart + 12 * MIN, 45);
    expect(under).toMatchObject({ exceeded: false, remainingMs: 33 * MIN, overrunMs: 0, label: '12 min' });
    expect(sessionElapsed(d.state, workStart + 46 * MIN, 45)).toMatchObject({ exceeded: true, overrunMs: MIN });
  });

  it('stops counting at the close even if read much later', () => {
    const d = walkTo(started(), 'work');
    const workStart = d.now;
    d.tick(20 * MIN).run({ type: 'stop_control' });
    d.run({ type: 'check_hygiene', itemId: 'quick_assist_closed', checked: true });
    d.run({ type: 'check_hygiene', itemId: 'nothing_open', checked: true });
    d.run({ type: 'check_hygiene', itemId: 'no_password_kept', checked: true });
    d.run({ type: 'check_hygiene', itemId: 'downloads_removed', checked: true });
    d.run({ type: 'close', outcome: 'aborted' });
    expect(workElapsedMs(d.state, workStart + 5 * 60 * MIN)).toBe(20 * MIN);
    expect(sessionElapsed(d.state, workStart + 5 * 60 * MIN, 60, 'session').elapsedMs).toBe(d.state.closedAt! - T0);
  });

  it('is not exceeded at exactly the planned length, and has no plan without one', () => {
    expect(elapsedView(30 * MIN, 30)).toMatchObject({ exceeded: false, remainingMs: 0, overrunMs: 0 });
    expect(elapsedView(30 * MIN + 1, 30)).toMatchObject({ exceeded: true, overrunMs: 1 });
    expect(elapsedView(90 * MIN, null)).toEqual({
      elapsedMs: 90 * MIN,
      plannedMs: null,
      remainingMs: null,
      overrunMs: 0,
      exceeded: false,
      label: '1 h 30',
      plannedLabel: null,
    });
  });

  it('counts nothing before the work starts, and the whole session from the start', () => {
    const d = walkTo(started(), 'call');
    expect(sessionElapsed(d.state, d.now + 7 * MIN, 30)).toMatchObject({ elapsedMs: 0, exceeded: false });
    expect(sessionElapsed(d.state, d.now + 7 * MIN, 30, 'session').elapsedMs).toBe(d.now + 7 * MIN - T0);
  });

  it('formats whole minutes in French', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(60 * MIN - 1)).toBe('59 min');
    expect(formatDuration(65 * MIN)).toBe('1 h 05');
    expect(formatDuration(-5)).toBe('0 min');
  });
});
