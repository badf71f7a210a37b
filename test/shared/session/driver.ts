import { expect } from 'vitest';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { applyCommand, applyEvent, initialSessionState, SessionEvent, type SessionCommand, type SessionState, type StepId, stepIndex } from '../../../shared/session';

export const T0 = Date.UTC(2026, 2, 14, 9, 0, 0);
export const MIN = 60_000;

/**
 * Plays the caller's part: validates a command, "persists" the events (an array, checked
 * against the log schema as the store's reader would) and folds them into the live state.
 * The clock is explicit: `now` moves only when the test says so.
 */
export class Driver {
  events: SessionEvent[] = [];
  state: SessionState = initialSessionState();
  now = T0;

  at(now: number): this {
    this.now = now;
    return this;
  }

  tick(ms: number): this {
    this.now += ms;
    return this;
  }

  run(command: SessionCommand): SessionEvent[] {
    const result = applyCommand(this.state, command, this.now);
    if (!result.ok) throw new Error(`refused ${command.type}: ${result.error.message}`);
    for (const event of result.events) SessionEvent.parse(event);
    this.events.push(...result.events);
    this.state = result.events.reduce(applyEvent, this.state);
    return result.events;
  }

  /** The refusal's French text: the keyed message as the French catalogue writes it (the bridge's fallback). */
  refuse(command: SessionCommand): string {
    return this.refusal(command).message;
  }

  /** The refusal itself: code, key, params and French text. */
  refusal(command: SessionCommand): AppErrorValue {
    const before = this.state;
    const result = applyCommand(this.state, command, this.now);
    expect(result.ok, `${command.type} should be refused`).toBe(false);
    expect(this.state).toBe(before);
    if (result.ok) throw new Error(`${command.type} was accepted`);
    return result.error;
  }
}

export const HELPER = { id: 'helper-1', name: 'Camille Martin', quickAssistName: 'Camille M.' };
export const PLAN = [{ id: 'item-printer', label: 'Installer l’imprimante' }];

/** A session just started, its helper already known (the last used, as the service starts it). */
export function started(status: 'valid' | 'expired' | 'unsigned' | 'none' = 'valid'): Driver {
  const d = new Driver();
  d.run({ type: 'start', mandateStatus: status, mandateId: 'mandate-1', helper: HELPER });
  return d;
}

/** Walks forward with the least each step asks for, until `target`. */
export function walkTo(d: Driver, target: StepId): Driver {
  while (stepIndex(d.state.step) < stepIndex(target)) {
    switch (d.state.step) {
      case 'preparation':
        if (d.state.plan === null && (d.state.mandateStatus === 'valid' || d.state.mandateStatus === 'expiring')) d.run({ type: 'set_plan', items: PLAN });
        break;
      case 'call':
        d.run({ type: 'confirm_code_box' });
        break;
      case 'code':
        if (!d.state.codeBoxReady) d.run({ type: 'confirm_code_box' });
        if (d.state.code?.status !== 'pending' || d.now >= d.state.code.deadline) d.run({ type: 'generate_code', code: 'K7M 2QX' });
        break;
      case 'control':
        if (!d.state.control.active) d.run({ type: 'grant_control' });
        break;
      case 'end_control':
        if (d.state.control.active) d.run({ type: 'stop_control' });
        break;
      case 'end_sharing':
        d.run({ type: 'check_hygiene', itemId: 'quick_assist_closed', checked: true });
        break;
    }
    d.tick(MIN).run({ type: 'next' });
  }
  expect(d.state.step).toBe(target);
  return d;
}
