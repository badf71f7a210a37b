import type { BinomeApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** Defined by the Electron preload or by browser mode's bridge script, never by the app. */
    readonly binome?: BinomeApi;
  }
}

/** The only door to data. Undefined only if the app was opened outside Binôme. */
export function getApi(): BinomeApi | null {
  return window.binome ?? null;
}

export function api(): BinomeApi {
  const value = window.binome;
  if (!value) throw new Error('window.binome is missing');
  return value;
}
