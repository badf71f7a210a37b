import type { recoveryCalls, RestoreCandidate, RestoreResult, StartupState } from '../../shared/records/recovery';
import { AppError } from './errors';
import type { HandlersFor } from './handler-map';
import type { DataKey } from './keys/data-key';
import { restoreCandidates } from './restore-check';

/** What the host (host.ts) offers: it alone can close the services and reopen them on another file. */
export interface RecoveryControl {
  state(): StartupState;
  candidates(): RestoreCandidate[];
  restore(path: string, phrase: string | null): Promise<RestoreResult>;
  startEmpty(): { damagedMovedTo: string | null };
}

/**
 * The recovery calls, one table for both states of the host: with data open and in
 * recovery mode. Services opened without a host (tests, tools) answer as a ready app that
 * cannot restore.
 */
export function recoveryHandlers(control: RecoveryControl | undefined, dataDir: string, key: DataKey | null): HandlersFor<typeof recoveryCalls> {
  return {
    getStartupState: () => control?.state() ?? { status: 'ready', plainData: false, progress: null, reason: null, damagedPath: null },
    listRestoreCandidates: () => control?.candidates() ?? restoreCandidates(dataDir, key),
    restoreBackup({ path, phrase }) {
      if (!control) throw new AppError('unavailable', 'restore.unavailableHere');
      return control.restore(path, phrase);
    },
    startEmpty() {
      if (!control) throw new AppError('conflict', 'restore.alreadyOpen');
      return control.startEmpty();
    },
  };
}
