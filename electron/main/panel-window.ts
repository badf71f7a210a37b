import type { BrowserWindow, Rectangle } from 'electron';
import type { SettingsService } from '../services/settings';
import type { WindowControl } from '../services/window-control';
import { FULL_MIN_SIZE, PANEL_MIN_SIZE, PANEL_WIDTH } from './window-options';

/**
 * Switches the one window between the full layout and the compact panel pinned beside
 * Quick Assist, and remembers where the helper put the panel (electron-store settings).
 */
export function createPanelWindowControl(win: BrowserWindow, settings: SettingsService, workArea: () => Rectangle): WindowControl {
  let mode: 'full' | 'panel' = 'full';
  let fullBounds: Rectangle | null = null;
  let saveTimer: NodeJS.Timeout | null = null;

  const remember = () => {
    if (mode !== 'panel' || win.isDestroyed()) return;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => settings.update({ panelBounds: win.getBounds() }), 400);
  };
  win.on('moved', remember);
  win.on('resized', remember);

  return {
    apply({ mode: next, alwaysOnTop }) {
      if (next === 'panel' && mode === 'full') {
        fullBounds = win.getBounds();
        // The full window's minimum width (720) would hold the panel at twice its size.
        win.setMinimumSize(PANEL_MIN_SIZE.width, PANEL_MIN_SIZE.height);
        const area = workArea();
        const saved = settings.get().panelBounds;
        win.setBounds(saved ?? { x: area.x + area.width - PANEL_WIDTH, y: area.y, width: PANEL_WIDTH, height: area.height });
      } else if (next === 'full' && mode === 'panel') {
        win.setMinimumSize(FULL_MIN_SIZE.width, FULL_MIN_SIZE.height);
        // Opened compact (remembered at start), the full size is the one the window was created with.
        if (fullBounds) win.setBounds(fullBounds);
      }
      mode = next;
      win.setAlwaysOnTop(next === 'panel' && alwaysOnTop, 'floating');
    },
  };
}
