import type { recoveryCalls, RestoreCandidate, RestoreResult, RestoreSource, StartupState } from '../../shared/records/recovery';
import { rollingBackups } from './backups';
import type { Caller } from './caller';
import { AppError } from './errors';
import type { HandlersFor } from './handler-map';
import type { DataKey } from './keys/data-key';
import { chooseBackupFile } from './paths';
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
    getStartupState: () => control?.state() ?? { status: 'ready', plainData: false, progress: null, reason: null, damagedPath: null, keyFile: null, notice: null },
    listRestoreCandidates: () => control?.candidates() ?? restoreCandidates(dataDir, key),
    async restoreBackup({ source, phrase }, caller) {
      if (!control) throw new AppError('unavailable', 'restore.unavailableHere');
      const path = await sourcePath(source, caller, dataDir);
      return path === null ? null : control.restore(path, phrase);
    },
    startEmpty() {
      if (!control) throw new AppError('conflict', 'restore.alreadyOpen');
      return control.startEmpty();
    },
  };
}

/** The file to restore: a rolling backup found by its name in this folder, or one the helper chooses (null: dialog closed). */
function sourcePath(source: RestoreSource, caller: Caller, dataDir: string): Promise<string | null> {
  if ('backup' in source) {
    const found = rollingBackups(dataDir).find((b) => b.name === source.backup);
    if (!found) throw new AppError('invalid_input', 'paths.unknownBackup');
    return Promise.resolve(found.path);
  }
  return chooseBackupFile(source, caller);
}
