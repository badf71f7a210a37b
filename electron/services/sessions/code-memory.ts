import { SECURITY_CODE_PATTERN } from '../../../shared/session/event-values';

interface Held {
  code: string;
  deadline: number;
  timer: NodeJS.Timeout;
}

/**
 * The Quick Assist codes typed for the dictation aid, one per session, held in this
 * process's memory and nowhere else: never in the log, the WAL, a backup or an export. A
 * code goes when it expires (a timer at its deadline, and every read checks the deadline),
 * when the person is connected or the session closes, when another code replaces it, and
 * when the services close. Kept here rather than in the renderer so a reloaded window still
 * shows it; a restart forgets it, and the helper types it again (the panel says so).
 */
export function createCodeMemory(clock: () => number) {
  const held = new Map<string, Held>();

  function forget(sessionId: string): void {
    const h = held.get(sessionId);
    if (!h) return;
    clearTimeout(h.timer);
    held.delete(sessionId);
  }

  return {
    remember(sessionId: string, code: string, deadline: number): void {
      if (!SECURITY_CODE_PATTERN.test(code)) throw new Error('Only a normalised security code is held');
      forget(sessionId);
      const left = deadline - clock();
      if (left <= 0) return;
      // The service's clock may be moved by tests; the timer only frees memory early, reads check the deadline.
      const timer = setTimeout(() => forget(sessionId), Math.min(left, 2 ** 31 - 1));
      timer.unref();
      held.set(sessionId, { code, deadline, timer });
    },
    /** The code for `sessionId` while its deadline has not passed, else null. */
    get(sessionId: string): string | null {
      const h = held.get(sessionId);
      if (!h) return null;
      if (clock() >= h.deadline) {
        forget(sessionId);
        return null;
      }
      return h.code;
    },
    forget,
    /** The services are closing (or reopening on another file after a restore). */
    clear(): void {
      for (const id of [...held.keys()]) forget(id);
    },
  };
}

export type CodeMemory = ReturnType<typeof createCodeMemory>;
