import type { EventName, EventPayload } from '../../shared/ipc/contract';

type Listener = (name: EventName, payload: unknown) => void;

/** Fan-out of main-process events to whichever transports are attached (IPC, HTTP). */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // A broken transport must not stop the others nor the service that emitted.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
