import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from './contract';
// Names only, from the generated zod-free list: keeps zod out of the bridge and the preload.
import { eventNames, methodNames } from './names';
import type { Result } from './result';

/** What the renderer sees as `window.binome`, whatever the transport. */
export type BinomeCalls = {
  [K in MethodName]: (input?: MethodInput<K>) => Promise<Result<MethodOutput<K>>>;
};

export type BinomeApi = BinomeCalls & {
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export interface Transport {
  invoke(name: MethodName, input: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds the named-method object from a transport. The preload (IPC) and the browser
 * bridge (HTTP) both call this, so they expose exactly the same surface.
 */
export function buildApi(transport: Transport): BinomeApi {
  const calls = Object.fromEntries(
    methodNames.map((name) => [name, (input?: unknown) => transport.invoke(name, input ?? {})]),
  ) as BinomeCalls;
  const on = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
    if (!(eventNames as readonly string[]).includes(event)) throw new Error(`Unknown event ${String(event)}`);
    return transport.subscribe(event, listener as (payload: unknown) => void);
  };
  return Object.freeze({ ...calls, on });
}
