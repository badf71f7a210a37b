import type { LockReason } from '../../../shared/lock/calls';

export interface UnlockedHelper {
  id: string;
  name: string;
  quickAssistName: string;
}

export interface LockGateOptions {
  /** Milliseconds; read at each check so a change in Réglages applies at once. */
  idleMs: () => number;
  now?: () => number;
  locked?: LockReason | null;
}

/**
 * Who may use the app right now: locked (and why) or unlocked as a helper. It lives in memory on
 * purpose: a restart starts locked whenever a PIN exists (lock/service.ts), so killing the app
 * never opens it. Idle time is measured from the helper's last activity, which the renderer
 * reports; the main process decides, so a renderer that stops reporting ends up locked.
 */
export function createLockGate({ idleMs, now = () => Date.now(), locked = null }: LockGateOptions) {
  let reason: LockReason | null = locked;
  let helper: UnlockedHelper | null = null;
  // Opened with the association's recovery phrase: no profile is named, and PINs may be reset.
  let recovery = false;
  let lastActivity = now();
  const listeners = new Set<(locked: boolean) => void>();
  const tell = () => listeners.forEach((l) => l(reason !== null));

  function lock(why: LockReason): boolean {
    if (reason !== null) return false;
    reason = why;
    helper = null;
    recovery = false;
    tell();
    return true;
  }

  return {
    isLocked: () => reason !== null,
    reason: () => reason,
    helper: () => helper,
    /** True while the app is open through the recovery phrase rather than a profile. */
    recovery: () => recovery,
    lock,
    /** `as` a profile, or as nobody: no profile at all, or `byPhrase` (the association's recovery phrase). */
    unlock(as: UnlockedHelper | null, byPhrase = false) {
      reason = null;
      helper = byPhrase ? null : as;
      recovery = byPhrase;
      lastActivity = now();
      tell();
    },
    /** Activity while locked does not count: only an unlock opens the app. */
    noteActivity() {
      if (reason === null) lastActivity = now();
    },
    /** Locks when the helper has been away for the idle delay; true when this call locked it. */
    checkIdle(): boolean {
      return reason === null && now() - lastActivity >= idleMs() && lock('idle');
    },
    onChange(listener: (locked: boolean) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LockGate = ReturnType<typeof createLockGate>;
