import type { windowCalls } from '../../../shared/window/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

export function windowHandlers(ctx: AppContext): HandlersFor<typeof windowCalls> {
  return {
    setWindowMode: (mode) => {
      ctx.settings.update({ panelAlwaysOnTop: mode.alwaysOnTop });
      ctx.windowControl?.apply(mode);
      return { ...mode, native: ctx.windowControl !== undefined };
    },
  };
}
