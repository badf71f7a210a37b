import { channelFor, eventNames, methodNames } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { errorValue } from '../../shared/messages/error-value';
import type { Caller, PathDialog } from '../services/caller';
import type { Dispatch } from '../services/dispatch';
import type { EventBus } from '../services/event-bus';
import { isTrustedSender, type SenderFrameLike } from './sender';

/** The slice of ipcMain we use, so registration can be checked without the Electron binary. */
export interface IpcEventLike {
  senderFrame: SenderFrameLike | null;
  /** The sender's WebContents: whose window a dialog belongs to. */
  sender?: unknown;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface EventTarget {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

const refused: Result<never> = { ok: false, error: errorValue('forbidden', 'bridge.foreignCaller') };

/**
 * One handler per contract call: sender first, then the payload (inside dispatch). `dialogFor`
 * gives the sender window's file dialogs: with them, a call that needs a folder or a file asks
 * the helper and never reads a path from the page (electron/services/paths.ts).
 */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, dialogFor: (event: IpcEventLike) => PathDialog): string[] {
  const channels = methodNames.map((name) => {
    const channel = channelFor(name);
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event.senderFrame)) return refused;
      const caller: Caller = { dialog: dialogFor(event) };
      return dispatch(name, input, caller);
    });
    return channel;
  });
  return channels;
}

/** Forwards bus events to the window(s) on their derived channels. */
export function forwardEvents(bus: EventBus, targets: () => EventTarget[]): () => void {
  const known = new Set<string>(eventNames);
  return bus.subscribe((name, payload) => {
    if (!known.has(name)) return;
    for (const target of targets()) if (!target.isDestroyed()) target.send(channelFor(name), payload);
  });
}
