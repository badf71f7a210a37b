import type { recordsCalls } from '../../../shared/records/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

export function recordsHandlers(ctx: AppContext): HandlersFor<typeof recordsCalls> {
  return {
    verifyIntegrity: () => ctx.verifyIntegrity(),
    getStartupIntegrity: () => ctx.startupIntegrity,
  };
}
