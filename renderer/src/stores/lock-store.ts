import { create } from 'zustand';
import type { AppErrorValue, Result } from '../../../shared/ipc/result';
import type { LockState } from '../../../shared/lock/calls';
import { api } from '../bridge';
import { useSessionStore } from './session-store';

interface LockStoreState {
  /** Null until the first answer: nothing of the app is drawn before it is known. */
  state: LockState | null;
  load(read?: Promise<Result<LockState>>): Promise<void>;
  unlock(helperId: string | null, pin?: string): Promise<AppErrorValue | null>;
  /** Every PIN forgotten: the association's recovery phrase opens, with no profile named. */
  unlockWithPhrase(phrase: string): Promise<AppErrorValue | null>;
  lockNow(): Promise<void>;
}

/**
 * What the lock screen shows. The main process holds the lock and refuses other calls while it
 * is on; this store only mirrors it (`lockChanged` makes it read again).
 */
export const useLockStore = create<LockStoreState>((set, get) => ({
  state: null,
  async load(read) {
    const r = await (read ?? api().getLockState({}));
    if (r.ok) set({ state: r.value });
  },
  async unlock(helperId, pin) {
    return opened(get().state, await api().unlockApp(pin === undefined ? { helperId } : { helperId, pin }), set);
  },
  async unlockWithPhrase(phrase) {
    return opened(get().state, await api().unlockWithRecoveryPhrase({ phrase }), set);
  },
  async lockNow() {
    const r = await api().lockApp({});
    if (r.ok) set({ state: r.value });
  },
}));

async function opened(before: LockState | null, r: Result<LockState>, set: (s: Partial<LockStoreState>) => void): Promise<AppErrorValue | null> {
  if (!r.ok) return r.error;
  set({ state: r.value });
  // Locked since the start, the app could not read the session left open: it goes back to it now.
  if (before?.reason === 'start') await useSessionStore.getState().resume(readOpenSession());
  return null;
}

async function readOpenSession() {
  const r = await api().listOpenSessions({});
  const first = r.ok ? r.value[0] : undefined;
  return first ? { sessionId: first.id, view: await api().getSession({ sessionId: first.id }) } : null;
}

let lastSent = 0;

/**
 * A key or a click: the idle delay starts again, in the main process. Sent at most every few
 * seconds (well under the shortest delay the settings allow), never while locked.
 */
export function noteActivity(minGapMs: number): void {
  const now = Date.now();
  if (now - lastSent < minGapMs || useLockStore.getState().state?.locked !== false) return;
  lastSent = now;
  void api().noteActivity({});
}
