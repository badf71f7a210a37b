/**
 * Browser mode's stand-in for the Electron preload: defines `window.binome` over HTTP,
 * built from the same contract, so the renderer cannot tell which transport it has.
 * It holds no secret: the session is an HttpOnly cookie the browser attaches to our own
 * requests (electron/web/web-access.ts).
 */
import { buildApi, type BinomeApi, type Transport } from '../../shared/ipc/api';
import { BRIDGE_READY_EVENT } from '../../shared/ipc/bridge-ready';
import type { EventName } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

const unavailable: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Binôme ne répond pas. Vérifiez que le programme est toujours lancé, puis réessayez.' },
};

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
let source: EventSource | null = null;

function ensureEventSource() {
  if (source) return;
  source = new EventSource('/api/events');
  source.onmessage = (message) => {
    try {
      const { name, payload } = JSON.parse(message.data as string) as { name: EventName; payload: unknown };
      for (const listener of listeners.get(name) ?? []) listener(payload);
    } catch {
      // A malformed frame is dropped; the next one is independent.
    }
  };
}

const transport: Transport = {
  async invoke(name, input) {
    try {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return unavailable;
    }
  },
  subscribe(event, listener) {
    ensureEventSource();
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
};

const api = buildApi(transport) satisfies BinomeApi;
Object.defineProperty(window, 'binome', { value: api, writable: false, configurable: false });
window.dispatchEvent(new Event(BRIDGE_READY_EVENT));
