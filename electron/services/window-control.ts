import type { WindowMode } from '../../shared/window/calls';

/**
 * What the services may ask of the desktop window. Electron's main provides it; browser
 * mode has no native window, so the call reports `native: false` and the renderer
 * switches to the compact layout on its own.
 */
export interface WindowControl {
  apply(mode: WindowMode): void;
}
