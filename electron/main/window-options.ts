import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowChoice {
  preloadPath: string;
  /** Compact panel pinned beside Quick Assist, or the full window. */
  mode: 'full' | 'panel';
  alwaysOnTop: boolean;
  bounds?: { x: number; y: number; width: number; height: number } | null;
  /**
   * DevTools for development runs only: main passes `!app.isPackaged`. Off unless asked,
   * so a window built without the flag (a packaged build, a new caller) never offers them.
   */
  devTools?: boolean;
}

export const PANEL_WIDTH = 380;
export const PANEL_MIN_SIZE = { width: 320, height: 480 } as const;
export const FULL_DEFAULT_SIZE = { width: 1100, height: 800 } as const;
export const FULL_MIN_SIZE = { width: 720, height: 560 } as const;

/**
 * Pure so it can be unit-tested without Electron: the security options are not a
 * matter of taste and must never regress.
 */
export function createWindowOptions(choice: WindowChoice): BrowserWindowConstructorOptions {
  const size =
    choice.mode === 'panel'
      ? { width: PANEL_WIDTH, height: 760, minWidth: PANEL_MIN_SIZE.width, minHeight: PANEL_MIN_SIZE.height }
      : { ...FULL_DEFAULT_SIZE, minWidth: FULL_MIN_SIZE.width, minHeight: FULL_MIN_SIZE.height };
  return {
    ...size,
    ...(choice.bounds ?? {}),
    title: 'Binôme',
    show: false, // shown on 'ready-to-show': no white flash
    backgroundColor: '#ffffff',
    alwaysOnTop: choice.mode === 'panel' && choice.alwaysOnTop,
    autoHideMenuBar: true,
    webPreferences: {
      preload: choice.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: choice.devTools === true,
    },
  };
}
