import type { MethodName } from '../../../shared/ipc/contract';
import type { lockCalls, LockState } from '../../../shared/lock/calls';
import { errorValue } from '../../../shared/messages/error-value';
import type { Dispatch } from '../dispatch';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import { hashPin, needsRehash, verifyPin } from '../helpers/pin-hash';
import type { HelpersService } from '../helpers/service';
import type { HelperStore } from '../helpers/store';
import type { SettingsService } from '../settings';
import { createLockGate, type LockGate } from './gate';
import { retryDelayMs } from './retry-delay';

export interface LockDeps {
  store: HelperStore;
  helpers: HelpersService;
  settings: SettingsService;
  bus: EventBus;
  /** The open session whose security code is counting down, if any (sessions/service.ts). */
  pinnedSessionId: () => string | null;
  now?: () => Date;
  /** A monotonic clock in ms for the idle delay (performance.now by default). */
  elapsed?: () => number;
  /**
   * Proves the association's recovery phrase against this folder's phrase-wrapped key (the
   * host's check, host.ts), throwing `keys.wrongPhrase` when it is not that phrase; absent
   * where no host holds the key (tools, some tests).
   */
  proveRecoveryPhrase?: (phrase: string) => Promise<void>;
}

/**
 * Calls that answer while locked whatever their input: the lock screen's own, and the ones that
 * carry no one's data (the language and text size, the recovery state, the panel's window mode).
 */
const OPEN_WHILE_LOCKED: ReadonlySet<MethodName> = new Set<MethodName>([
  'getLockState',
  'unlockApp',
  'unlockWithRecoveryPhrase',
  'lockApp',
  'noteActivity',
  'getSettings',
  'getStartupState',
  'setWindowMode',
]);
/** The pinned session's panel: answered only for that session. */
const PANEL_CALLS: ReadonlySet<MethodName> = new Set<MethodName>(['getSession', 'sessionCommand']);

/**
 * The lock (issue 16 §2), enforced here rather than drawn by the renderer: `guard` wraps the one
 * dispatch both transports use, so a locked app refuses every other call, in French, before any
 * handler runs. The app starts locked when a profile has a PIN (so a restart never opens it),
 * locks after the idle delay of the settings and when the system sleeps or locks its screen
 * (electron/main/power-lock.ts), and unlocks as one helper profile, with its PIN if it has one.
 */
export function createLockService({ store, helpers, settings, bus, pinnedSessionId, now = () => new Date(), elapsed = () => performance.now(), proveRecoveryPhrase }: LockDeps) {
  const clock = () => now().getTime();
  const activeProfiles = () => store.all().filter((h) => h.retiredAt === null);
  const gate: LockGate = createLockGate({
    idleMs: () => settings.get().lockIdleSeconds * 1000,
    now: elapsed,
    locked: activeProfiles().some((h) => h.hasPin) ? 'start' : null,
  });
  gate.onChange((locked) => bus.emit('lockChanged', { locked }));

  function state(): LockState {
    gate.checkIdle();
    const helper = gate.helper();
    return {
      locked: gate.isLocked(),
      reason: gate.reason(),
      helper: helper && { id: helper.id, name: helper.name },
      recovery: gate.recovery(),
      profiles: activeProfiles().map((h) => ({ id: h.id, displayName: h.displayName, hasPin: h.hasPin })),
      pinnedSessionId: gate.isLocked() ? pinnedSessionId() : null,
    };
  }

  // One PIN check at a time: parallel guesses must not all pass before the first failure is counted.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Proves the PIN of a profile, counting failures and making the next try wait; throws in French when wrong. */
  async function provePin(id: string, pin: string | undefined): Promise<void> {
    const record = store.pin(id);
    if (!record) throw new AppError('not_found', 'helpers.notFound');
    if (record.hash === null) return;
    const at = clock();
    if (record.retryAt !== null && at < record.retryAt) {
      throw new AppError('forbidden', 'lock.waitBeforeRetry', { seconds: Math.ceil((record.retryAt - at) / 1000) });
    }
    if (pin === undefined) throw new AppError('invalid_input', 'lock.pinRequired');
    if (await verifyPin(pin, record.hash)) {
      if (record.failures > 0) store.setFailures(id, 0, null);
      if (needsRehash(record.hash)) store.setPin(id, await hashPin(pin));
      return;
    }
    const failures = record.failures + 1;
    const wait = retryDelayMs(failures);
    store.setFailures(id, failures, wait > 0 ? clock() + wait : null);
    if (wait > 0) throw new AppError('unauthorized', 'lock.wrongPinWait', { seconds: Math.ceil(wait / 1000) });
    throw new AppError('unauthorized', 'lock.wrongPin');
  }

  const unlock = (helperId: string | null, pin: string | undefined) =>
    serial(async () => {
      if (helperId === null) {
        // Without any profile there is no one to name: a click opens, as before profiles existed.
        if (activeProfiles().length > 0) throw new AppError('invalid_input', 'lock.chooseProfile');
        gate.unlock(null);
        return state();
      }
      const helper = helpers.asSessionHelper(helperId);
      await provePin(helperId, pin);
      gate.unlock(helper);
      return state();
    });

  /**
   * Wrong recovery phrases wait like wrong PINs (same growth). Kept in memory: the phrase has 88
   * bits and each try costs a slow scrypt, so the wait is a brake on typing, not the protection.
   */
  let phraseFailures = 0;
  let phraseRetryAt: number | null = null;

  const unlockByPhrase = (phrase: string) =>
    serial(async () => {
      const at = clock();
      if (phraseRetryAt !== null && at < phraseRetryAt) {
        throw new AppError('forbidden', 'lock.phraseWaitBeforeRetry', { seconds: Math.ceil((phraseRetryAt - at) / 1000) });
      }
      if (!proveRecoveryPhrase) throw new AppError('unavailable', 'restore.unavailableHere');
      try {
        await proveRecoveryPhrase(phrase);
      } catch (error) {
        // A miscounted or misspelt phrase is a typing slip, answered by the parser: only a real mismatch counts.
        if (!(error instanceof AppError) || error.key !== 'keys.wrongPhrase') throw error;
        phraseFailures += 1;
        const wait = retryDelayMs(phraseFailures);
        phraseRetryAt = wait > 0 ? clock() + wait : null;
        if (wait > 0) throw new AppError('unauthorized', 'lock.wrongPhraseWait', { seconds: Math.ceil(wait / 1000) });
        throw error;
      }
      phraseFailures = 0;
      phraseRetryAt = null;
      gate.unlock(null, true);
      return state();
    });

  /** Opened with the recovery phrase, Réglages resets a forgotten PIN without asking it; otherwise the current PIN is proved. */
  const proveCurrent = (id: string, currentPin: string | undefined) => (gate.recovery() ? Promise.resolve() : serial(() => provePin(id, currentPin)));

  async function setPin(id: string, currentPin: string | undefined, newPin: string) {
    helpers.asSessionHelper(id);
    await proveCurrent(id, currentPin);
    store.setPin(id, await hashPin(newPin));
    bus.emit('helpersChanged', {});
    return helpers.get(id);
  }

  async function removePin(id: string, currentPin: string | undefined) {
    helpers.get(id);
    if (store.pin(id)?.hash === null) throw new AppError('conflict', 'helpers.noPin');
    await proveCurrent(id, currentPin);
    store.setPin(id, null);
    bus.emit('helpersChanged', {});
    return helpers.get(id);
  }

  const handlers: HandlersFor<typeof lockCalls> = {
    getLockState: () => state(),
    unlockApp: ({ helperId, pin }) => unlock(helperId, pin),
    unlockWithRecoveryPhrase: ({ phrase }) => unlockByPhrase(phrase),
    lockApp() {
      gate.lock('manual');
      return state();
    },
    noteActivity() {
      gate.noteActivity();
      return { locked: gate.isLocked() };
    },
    setHelperPin: ({ id, currentPin, newPin }) => setPin(id, currentPin, newPin),
    removeHelperPin: ({ id, currentPin }) => removePin(id, currentPin),
  };

  /** Wraps the dispatch: while locked, only the lock screen's calls and the pinned panel's answer. */
  function guard(inner: Dispatch): Dispatch {
    return async (name, input, caller) => {
      gate.checkIdle();
      if (!gate.isLocked() || OPEN_WHILE_LOCKED.has(name as MethodName)) return inner(name, input, caller);
      if (PANEL_CALLS.has(name as MethodName)) {
        const sessionId = (input as { sessionId?: unknown } | null)?.sessionId;
        const pinned = pinnedSessionId();
        if (pinned !== null && sessionId === pinned) return inner(name, input, caller);
      }
      return { ok: false, error: errorValue('forbidden', 'lock.locked') };
    };
  }

  return {
    handlers,
    guard,
    gate,
    /** The profile that unlocked the app, or null (no profile, the recovery phrase, or none has unlocked since start). */
    unlockedHelper: () => gate.helper(),
    /** True while the app is open through the association's recovery phrase: records say so. */
    unlockedByPhrase: () => gate.recovery(),
    /** The idle check, every second while the app runs, so the lock screen comes without waiting for a call. */
    tick: () => gate.checkIdle(),
    lock: (reason: 'suspend' | 'lock-screen') => gate.lock(reason),
  };
}

export type LockService = ReturnType<typeof createLockService>;
