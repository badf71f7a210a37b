import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/app-origin';
import { forwardEvents, registerIpc, type IpcMainLike } from '../../electron/main/ipc';
import { isTrustedSender } from '../../electron/main/sender';
import { createWindowOptions, PANEL_WIDTH } from '../../electron/main/window-options';
import { EventBus } from '../../electron/services/event-bus';
import { channelFor, methodNames } from '../../shared/ipc/contract';

describe('window options', () => {
  for (const mode of ['full', 'panel'] as const) {
    it(`${mode}: isolated, sandboxed, no Node, web security on, hidden until ready`, () => {
      const o = createWindowOptions({ preloadPath: '/p/preload.cjs', mode, alwaysOnTop: true });
      expect(o.webPreferences).toMatchObject({
        preload: '/p/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
      });
      expect(o.show).toBe(false);
    });
  }
  it('the panel is narrow and pinned when asked; the full window never is', () => {
    expect(createWindowOptions({ preloadPath: 'p', mode: 'panel', alwaysOnTop: true })).toMatchObject({ width: PANEL_WIDTH, alwaysOnTop: true });
    expect(createWindowOptions({ preloadPath: 'p', mode: 'panel', alwaysOnTop: false }).alwaysOnTop).toBe(false);
    expect(createWindowOptions({ preloadPath: 'p', mode: 'full', alwaysOnTop: true }).alwaysOnTop).toBe(false);
  });
  it('remembered bounds override the default size', () => {
    const o = createWindowOptions({ preloadPath: 'p', mode: 'panel', alwaysOnTop: true, bounds: { x: 10, y: 20, width: 400, height: 700 } });
    expect(o).toMatchObject({ x: 10, y: 20, width: 400, height: 700 });
  });
});

describe('IPC sender check', () => {
  it('accepts only our app origin in the top frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://binome/assets/x.js', parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://binome/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///C:/binome/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

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
    registerIpc(ipc, vi.fn());
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
  });

  it('refuses a foreign or sub-frame sender before dispatching', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: [] }));
    registerIpc(ipc, dispatch);
    const handler = handlers.get(channelFor('listPersons'))!;
    expect(await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } } }, {})).toMatchObject({ ok: false });
    expect(await handler({ senderFrame: null }, {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await handler({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, { query: 'a' })).toEqual({ ok: true, value: [] });
    expect(dispatch).toHaveBeenCalledWith('listPersons', { query: 'a' });
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
