import type { backupsCalls } from '../../../shared/records/backups';
import type { recordsCalls } from '../../../shared/records/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

export function recordsHandlers(ctx: AppContext): HandlersFor<typeof recordsCalls & typeof backupsCalls> {
  return {
    verifyIntegrity: () => ctx.verifyIntegrity(),
    getStartupIntegrity: () => ctx.startupIntegrity,
    listBackups: () => ctx.backups.list(),
    createBackup: ({ folder }) => ctx.backups.create(folder, 'manual'),
  };
}
