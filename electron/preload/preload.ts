/**
 * Sandboxed preload: exposes named methods only, never ipcRenderer itself.
 * Bundled to CommonJS because sandboxed preloads cannot load ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi, type BinomeApi } from '../../shared/ipc/api';
import { channelFor } from '../../shared/ipc/names';
import type { Result } from '../../shared/ipc/result';

const api = buildApi({
  invoke: (name, input) => ipcRenderer.invoke(channelFor(name), input) as Promise<Result<unknown>>,
  subscribe(event, listener) {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channelFor(event), handler);
    return () => {
      ipcRenderer.removeListener(channelFor(event), handler);
    };
  },
}) satisfies BinomeApi;

contextBridge.exposeInMainWorld('binome', api);
