import { create } from 'zustand';
import type { AppErrorValue, Result } from '../../../shared/ipc/result';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import { api } from '../bridge';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** Applies the settings read (at start-up, the read already under way), or reads them. */
  load(read?: Promise<Result<Settings>>): Promise<void>;
  update(patch: SettingsPatch): Promise<AppErrorValue | null>;
  /** Applies a value pushed by the main process (another window changed it). */
  receive(settings: Settings): void;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  settings: DEFAULT_SETTINGS,
  loaded: false,
  async load(read) {
    const result = await (read ?? api().getSettings());
    if (result.ok) set({ settings: result.value, loaded: true });
    else set({ loaded: true });
  },
  async update(patch) {
    const result = await api().updateSettings(patch);
    if (!result.ok) return result.error;
    set({ settings: result.value });
    return null;
  },
  receive(settings) {
    set({ settings });
  },
}));
