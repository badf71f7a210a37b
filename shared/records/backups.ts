import { z } from 'zod';
import { PathChoice } from '../paths/path-choice';

/** A rolling backup's file name: the time it was made (UTC) and why. */
export const BACKUP_FILE_NAME = /^binome-(\d{8}-\d{6}-\d{3})-(session|daily|manual)\.sqlite$/;

export const BackupInfo = z.object({
  path: z.string(),
  /** The file's name: how the renderer names a rolling backup to restore (never by its path). */
  name: z.string(),
  createdAt: z.number().int(),
  bytes: z.number().int(),
  reason: z.enum(['session', 'daily', 'manual']),
  /** integrity_check of the copy, and its schema version, read back after writing. */
  integrity: z.string(),
  schemaVersion: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const backupsCalls = {
  listBackups: { input: z.object({}).strict().default({}), output: z.array(BackupInfo) },
  /**
   * A copy now: into the rolling folder (`folder` null), or into a folder the helper chooses (a USB
   * key, say: shared/paths/path-choice.ts). Null when the helper closed the dialog: nothing written.
   */
  createBackup: {
    input: z.object({ folder: PathChoice.nullable().default(null) }).strict(),
    output: BackupInfo.nullable(),
  },
} as const;
