import { z } from 'zod';
import { hasNoControlChars } from '../text/control-chars';

export const BackupInfo = z.object({
  path: z.string(),
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
  /** A copy now: into the rolling folder, or into `folder` (a USB key, say). */
  createBackup: {
    input: z
      .object({
        folder: z
          .string({ message: 'input.folderRequired' })
          .trim()
          .min(1, 'input.folderRequired')
          .max(1000, 'input.folderTooLong')
          .refine(hasNoControlChars, 'input.pathControlChars')
          .nullable()
          .default(null),
      })
      .strict(),
    output: BackupInfo,
  },
} as const;
