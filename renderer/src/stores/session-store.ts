import { create } from 'zustand';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionView } from '../../../shared/session/calls';
import type { SessionCommand } from '../../../shared/session/commands';
import { api } from '../bridge';
import { useNavStore } from './nav-store';
import type { OpenSessionRead } from './startup-reads';

/** Sends one session command; resolves once it is durably logged (null) or refused (the error). */
export type Send = (command: SessionCommand) => Promise<AppErrorValue | null>;

interface SessionStoreState {
  view: SessionView | null;
  error: AppErrorValue | null;
  busy: boolean;
  /** The session read just before its screen opens (resume, start): that opening need not read it again. */
  justLoaded: string | null;
  open(sessionId: string): Promise<void>;
  /** The session screen opens: reads the session, unless it was read for this very opening. */
  show(sessionId: string): Promise<void>;
  start(personId: string): Promise<AppErrorValue | null>;
  /**
   * Sends one command and shows its result only once the service answered: the service
   * answers after the events are committed, so nothing appears done that the log lacks.
   */
  send: Send;
  /** Another window (or tab) changed a session: reload it if it is the one shown. */
  changed(sessionId: string): Promise<void>;
  /** On app load: straight back to the session left open (crash, restart, closed window), read by startup-reads.ts. */
  resume(read: Promise<OpenSessionRead | null>): Promise<void>;
}

export const useSessionStore = create<SessionStoreState>((set, get) => ({
  view: null,
  error: null,
  busy: false,
  justLoaded: null,
  async open(sessionId) {
    if (get().view?.id !== sessionId) set({ view: null, error: null });
    const r = await api().getSession({ sessionId });
    if (!r.ok) return set({ error: r.error });
    // A reload answered after a newer command result must not bring back an older state.
    const shown = get().view;
    if (shown?.id === sessionId && shown.state.eventCount > r.value.state.eventCount) return;
    set({ view: r.value, error: null });
  },
  async show(sessionId) {
    if (get().justLoaded === sessionId && get().view?.id === sessionId) return set({ justLoaded: null });
    set({ justLoaded: null });
    await get().open(sessionId);
  },
  async start(personId) {
    const r = await api().startSession({ personId });
    if (!r.ok) return r.error;
    set({ view: r.value, error: null, justLoaded: r.value.id });
    useNavStore.getState().go({ name: 'session', sessionId: r.value.id });
    return null;
  },
  async send(command) {
    const current = get().view;
    if (!current || get().busy) return null;
    set({ busy: true });
    try {
      const r = await api().sessionCommand({ sessionId: current.id, command });
      if (!r.ok) return r.error;
      set({ view: r.value });
      return null;
    } finally {
      set({ busy: false });
    }
  },
  async changed(sessionId) {
    if (get().view?.id === sessionId && !get().busy) await get().open(sessionId);
  },
  async resume(read) {
    const open = await read;
    if (!open) return;
    // Read before the first paint, so the panel shows complete at once and its screen need not
    // read it again. Should that read have failed, the screen says why and tries again.
    if (open.view.ok) set({ view: open.view.value, error: null, justLoaded: open.sessionId });
    else set({ view: null, error: open.view.error });
    useNavStore.getState().go({ name: 'session', sessionId: open.sessionId });
  },
}));
