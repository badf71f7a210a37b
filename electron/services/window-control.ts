import type { windowCalls, WindowMode } from '../../shared/window/calls';
import type { HandlersFor } from './handler-map';
import type { SettingsService } from './settings';

/**
 * What the services may ask of the desktop window. Electron's main provides it; browser
 * mode has no native window, so the call reports `native: false` and the renderer
 * switches to the compact layout on its own.
 */
export interface WindowControl {
  apply(mode: WindowMode): void;
}

/**
 * The compact mode and the pinned state are settings (kept across starts: the renderer and
 * Electron's main read them back at the next start); the window itself moves only where there is one.
 */
export function createWindowService(settings: SettingsService, control: WindowControl | undefined) {
  const handlers: HandlersFor<typeof windowCalls> = {
    setWindowMode(mode) {
      settings.update({ panelAlwaysOnTop: mode.alwaysOnTop, compactMode: mode.mode === 'panel' });
      control?.apply(mode);
      return { ...mode, native: control !== undefined };
    },
  };
  return { handlers };
}
