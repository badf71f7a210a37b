import { zodToAppError } from '../../shared/ipc/zod-errors';
import type { settingsCalls } from '../../shared/settings/calls';
import { DEFAULT_SETTINGS, Settings, SettingsPatch } from '../../shared/settings/schema';
import { AppError } from './errors';
import type { EventBus } from './event-bus';
import type { HandlersFor } from './handler-map';

/**
 * What electron-store (Electron) and conf (browser mode) have in common: the whole
 * object behind `.store`. The service never imports either, so it runs in plain Node.
 */
export interface KeyValueFile {
  store: Record<string, unknown>;
}

/** Upgrades older settings shapes step by step; version 1 is the first. */
function upgrade(raw: Record<string, unknown>): Record<string, unknown> {
  return raw;
}

/** `bus` hears `settingsChanged` after each saved change; tools and tests may go without. */
export function createSettingsService(file: KeyValueFile, bus?: EventBus) {
  function read(): Settings {
    const raw = upgrade({ ...file.store });
    const parsed = Settings.safeParse(raw);
    if (parsed.success) return parsed.data;
    // A hand-edited or damaged field falls back to its default; the valid ones are kept.
    const repaired: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const one = Settings.shape[key].safeParse(raw[key]);
      if (one.success) repaired[key] = one.data;
    }
    return Settings.parse(repaired);
  }

  function update(patch: SettingsPatch): Settings {
    const parsed = SettingsPatch.safeParse(patch);
    if (!parsed.success) throw AppError.fromValue(zodToAppError(parsed.error));
    const next = Settings.parse({ ...read(), ...parsed.data });
    file.store = next as unknown as Record<string, unknown>;
    bus?.emit('settingsChanged', next);
    return next;
  }

  const handlers: HandlersFor<typeof settingsCalls> = {
    getSettings: read,
    updateSettings: update,
  };

  return { get: read, update, handlers };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
