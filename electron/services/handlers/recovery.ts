import type { recoveryCalls } from '../../../shared/records/recovery';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { restoreCandidates } from '../restore-check';
import type { HandlersFor } from './types';

/**
 * With the database open. Restoring closes these very services, so it goes through the
 * host; services made without a host (tests, tools) cannot restore.
 */
export function recoveryHandlers(ctx: AppContext): HandlersFor<typeof recoveryCalls> {
  return {
    getStartupState: () => ctx.recovery?.state() ?? { status: 'ready', reason: null, damagedPath: null },
    listRestoreCandidates: () => restoreCandidates(ctx.dataDir),
    restoreBackup: ({ path }) => {
      if (!ctx.recovery) throw new AppError('unavailable', 'restore.unavailableHere');
      return ctx.recovery.restore(path);
    },
    startEmpty: () => {
      throw new AppError('conflict', 'restore.alreadyOpen');
    },
  };
}
