import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-origin';
import { forwardEvents, registerIpc, type IpcMainLike } from '../../../electron/main/ipc';
import type { PathDialog } from '../../../electron/services/caller';
import { EventBus } from '../../../electron/services/event-bus';
import { channelFor, methodNames } from '../../../shared/ipc/contract';

/** Never opened here: these calls need no folder. */
const dialog: PathDialog = {
  pickFolder: () => Promise.reject(new Error('no dialog expected')),
  pickBackupFile: () => Promise.reject(new Error('no dialog expected')),
};

describe('IPC registration', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const ipc: IpcMainLike = {
      handle: (channel, listener) => {
        if (handlers.has(channel)) throw new Error(`duplicate ${channel}`);
        handlers.set(channel, listener);
      },
      removeHandler: (channel) => handlers.delete(channel),
    };
    return { ipc, handlers };
  }

  it('registers exactly one handler per contract call on its derived channel', () => {
    const { ipc, handlers } = fakeIpcMain();
    registerIpc(ipc, vi.fn(), () => dialog);
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
  });

  it('refuses a foreign or sub-frame sender before dispatching', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: [] }));
    registerIpc(ipc, dispatch, () => dialog);
    const handler = handlers.get(channelFor('listPersons'))!;
    expect(await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } }, {})).toMatchObject({ ok: false });
    expect(await handler({ senderFrame: null }, {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await handler({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, { query: 'a' })).toEqual({ ok: true, value: [] });
    expect(dispatch).toHaveBeenCalledWith('listPersons', { query: 'a' }, { dialog });
  });

  it('forwards bus events to live windows only', () => {
    const bus = new EventBus();
    const live = { send: vi.fn(), isDestroyed: () => false };
    const dead = { send: vi.fn(), isDestroyed: () => true };
    forwardEvents(bus, () => [live, dead]);
    bus.emit('personsChanged', { personId: 'p' });
    expect(live.send).toHaveBeenCalledWith(channelFor('personsChanged'), { personId: 'p' });
    expect(dead.send).not.toHaveBeenCalled();
  });
});
