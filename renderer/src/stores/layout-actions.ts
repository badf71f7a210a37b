import type { AppErrorValue } from '../../../shared/ipc/result';
import { api } from '../bridge';
import { useSettingsStore } from './settings-store';

export type Layout = 'full' | 'panel';

/**
 * The compact panel beside Quick Assist, or the full window. The window call remembers both
 * choices in the settings (compactMode, panelAlwaysOnTop), so the app reopens as it was left;
 * in Electron the window itself shrinks and stays on top, in browser mode only the page's layout
 * changes (App.tsx reads the setting into `data-layout`).
 */
export async function setLayout(layout: Layout, pinned: boolean): Promise<AppErrorValue | null> {
  const r = await api().setWindowMode({ mode: layout, alwaysOnTop: pinned });
  if (!r.ok) return r.error;
  // The settingsChanged event brings the same values; shown now rather than a round trip later.
  useSettingsStore.setState((s) => ({ settings: { ...s.settings, compactMode: layout === 'panel', panelAlwaysOnTop: pinned } }));
  return null;
}

export const useLayout = (): Layout => useSettingsStore((s) => (s.settings.compactMode ? 'panel' : 'full'));
