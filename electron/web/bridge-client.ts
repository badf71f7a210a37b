/**
 * Browser mode's stand-in for the Electron preload: defines `window.binome` over HTTP,
 * built from the same contract, so the renderer cannot tell which transport it has.
 */
import { buildApi, type BinomeApi, type Transport } from '../../shared/ipc/api';
import type { EventName } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

const TOKEN_KEY = 'binome.token';
const TOKEN_HEADER = 'x-binome-token';

function takeToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    // Keep the token out of the address bar, history and any screenshot of the window.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = takeToken();

const unavailable: Result<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Binôme ne répond pas. Vérifiez que le programme est toujours lancé, puis réessayez.' },
};

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
let source: EventSource | null = null;

function ensureEventSource() {
  if (source) return;
  source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
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
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
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
