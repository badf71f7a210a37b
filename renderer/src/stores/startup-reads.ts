import type { BinomeApi } from '../../../shared/ipc/api';
import { BRIDGE_READY_EVENT } from '../../../shared/ipc/bridge-ready';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { LockState } from '../../../shared/lock/calls';
import type { StartupState } from '../../../shared/records/recovery';
import type { SessionView } from '../../../shared/session/calls';
import type { Settings } from '../../../shared/settings/schema';
import { getApi } from '../bridge';
import { startRoute } from './start-route';

/** The events the stores follow from the start (stores/startup.ts). */
export const STARTUP_EVENTS = ['settingsChanged', 'personsChanged', 'sessionChanged', 'retentionRan', 'lockChanged'] as const satisfies readonly EventName[];
type StartupEvent = (typeof STARTUP_EVENTS)[number];
export type HeardEvent = { [E in StartupEvent]: { name: E; payload: EventPayload<E> } }[StartupEvent];

export interface OpenSessionRead {
  sessionId: string;
  view: Result<SessionView>;
}

export interface StartupReads {
  startup: Promise<Result<StartupState>>;
  settings: Promise<Result<Settings>>;
  /** Locked or not: while locked, nothing of the persons is read or drawn. */
  lock: Promise<Result<LockState>>;
  /** The session left open (crash, restart, closed window), read whole; null when there is none or the start is not the default one. */
  openSession: Promise<OpenSessionRead | null>;
  /** The events heard since the reads went out; from then on they go to `listener` instead. */
  handOver(listener: (event: HeardEvent) => void): HeardEvent[];
}

let reads: Promise<StartupReads | null> | undefined;

/**
 * The bridge, once defined: at once under Electron (its preload runs before the page). In
 * browser mode its script is deferred and this module async, so it may come just after: its
 * signal is awaited. Null when none came by the time the page and its deferred scripts have run
 * (DOMContentLoaded, or load if that was already past): the page was opened outside Binôme.
 */
function bridgeReady(): Promise<BinomeApi | null> {
  const now = getApi();
  if (now || document.readyState === 'complete') return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener(BRIDGE_READY_EVENT, done);
      document.removeEventListener('DOMContentLoaded', done);
      window.removeEventListener('load', done);
      resolve(getApi());
    };
    window.addEventListener(BRIDGE_READY_EVENT, done);
    document.addEventListener('DOMContentLoaded', done);
    window.addEventListener('load', done);
  });
}

/**
 * What the first screen needs, asked as soon as the page runs: this module is the first of the
 * page (renderer/src/early.ts, async), so these round trips overlap with the loading of the
 * app's own code instead of following it. The open session is read in the same go. Called
 * again (by main.tsx), it answers the same reads. Null when the page was opened outside Binôme.
 */
export function beginStartupReads(): Promise<StartupReads | null> {
  reads ??= bridgeReady().then((bridge) => (bridge ? sendReads(bridge) : null));
  return reads;
}

function sendReads(bridge: BinomeApi): StartupReads {
  // Listening first: a change made by another window while these reads are answered is not lost.
  const heard: HeardEvent[] = [];
  let listener: (event: HeardEvent) => void = (event) => heard.push(event);
  for (const name of STARTUP_EVENTS) bridge.on(name, (payload) => listener({ name, payload } as HeardEvent));
  // Only the default start resumes: a window opened on purpose elsewhere (Electron's hidden
  // print window at '#print/…') must stay where it was sent.
  const resumes = startRoute(location.hash).name === 'persons';
  return {
    startup: bridge.getStartupState({}),
    settings: bridge.getSettings(),
    lock: bridge.getLockState({}),
    openSession: resumes ? readOpenSession(bridge) : Promise.resolve(null),
    handOver(next) {
      listener = next;
      return heard.splice(0);
    },
  };
}

/**
 * The session left open, in one round trip. Should that read fail, the list then the read say
 * which session it was and why it cannot be shown, so the panel still opens on the failure.
 */
async function readOpenSession(bridge: BinomeApi): Promise<OpenSessionRead | null> {
  const r = await bridge.getOpenSession({});
  if (r.ok) return r.value ? { sessionId: r.value.id, view: { ok: true, value: r.value } } : null;
  const list = await bridge.listOpenSessions({});
  const first = list.ok ? list.value[0] : undefined;
  return first ? { sessionId: first.id, view: await bridge.getSession({ sessionId: first.id }) } : null;
}

// Importing this module sends the reads: it is the page's first module (early.ts).
void beginStartupReads();
