import type { settingsCalls } from '../../../shared/settings/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

export function settingsHandlers(ctx: AppContext): HandlersFor<typeof settingsCalls> {
  return {
    getSettings: () => ctx.settings.get(),
    updateSettings: (patch) => ctx.settings.update(patch),
  };
}
