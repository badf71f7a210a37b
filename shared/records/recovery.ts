import { z } from 'zod';
import { MessageSchema } from '../messages/schema';
import { PickWithDialog, TypedPath } from '../paths/path-choice';
import { BACKUP_FILE_NAME, BackupInfo } from './backups';

/** The in-place encryption of an older version's plain data, for the progress bar. */
export const EncryptionProgress = z.object({
  phase: z.enum(['copy', 'verify', 'erase']),
  /** 0 to 1, over every file to encrypt (the database and the backups). */
  fraction: z.number().min(0).max(1),
});
export type EncryptionProgress = z.infer<typeof EncryptionProgress>;

/**
 * How the app started: `ready`; `setup` on a first start (no key yet: the recovery phrase is
 * made; `plainData` when an older version's unencrypted data waits to be encrypted); `locked`
 * when the phrase must be typed (another laptop, the system's key gone, browser mode);
 * `encrypting` while older plain data is encrypted in place; `recovery` when the database could
 * not be opened (damaged, unreadable, or missing while backups exist). Outside `ready` only the
 * calls these screens use answer; every other one says the data is unavailable.
 */
export const StartupState = z.object({
  status: z.enum(['ready', 'recovery', 'setup', 'locked', 'encrypting']),
  plainData: z.boolean().default(false),
  progress: EncryptionProgress.nullable().default(null),
  /** What happened, for the recovery screen (keyed). */
  reason: MessageSchema.nullable(),
  /** The file that could not be opened (it is moved aside, never deleted, before a restore). */
  damagedPath: z.string().nullable(),
  /**
   * Locked or recovery because of the key file itself (binome.key.json): gone, unreadable, or not
   * this data's key. The unlock screen then says the phrase will re-create it from a backup.
   */
  keyFile: z.enum(['missing', 'invalid']).nullable().default(null),
  /** Said once the data is open, about how it was opened (the key file re-created from a backup). */
  notice: MessageSchema.nullable().default(null),
});
export type StartupState = z.infer<typeof StartupState>;

/** A backup offered for restore, checked now: `problem` is the key (shared/messages) of why it cannot be used. */
export const RestoreCandidate = BackupInfo.extend({
  usable: z.boolean(),
  problem: z.string().nullable(),
});
export type RestoreCandidate = z.infer<typeof RestoreCandidate>;

export const RestoreResult = z.object({
  restoredFrom: z.string(),
  /** Copy of the database as it was just before the restore (in `replaced/`), when there was one. */
  previousCopy: z.string().nullable(),
  /** Where the damaged file was moved (in `damaged/`), when starting from recovery. */
  damagedMovedTo: z.string().nullable(),
  schemaVersion: z.number().int(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

const empty = z.object({}).strict().default({});

/** A rolling backup named by its file name, never by a path: the main process finds it in its own folder. */
export const RollingBackupRef = z.object({ backup: z.string().regex(BACKUP_FILE_NAME, 'paths.unknownBackup') }).strict();
export const RestoreSource = z.union([RollingBackupRef, PickWithDialog, TypedPath]);
export type RestoreSource = z.infer<typeof RestoreSource>;

export const recoveryCalls = {
  getStartupState: { input: empty, output: StartupState },
  /** The rolling backups, each checked now, usable ones first and newest first. */
  listRestoreCandidates: { input: empty, output: z.array(RestoreCandidate) },
  /**
   * Puts a backup file in place of the live database after checking it; the live one is copied first.
   * The file: a rolling backup by its name (from listRestoreCandidates), or one the helper chooses
   * elsewhere (a USB key: shared/paths/path-choice.ts). Null when the helper closed the dialog.
   */
  restoreBackup: {
    input: z
      .object({
        source: RestoreSource,
        /** The recovery phrase of the association that made the copy, when it is not this folder's key. */
        phrase: z.string().trim().max(400, 'keys.phraseTooLong').nullable().default(null),
      })
      .strict(),
    output: RestoreResult.nullable(),
  },
  /** Recovery only: « Commencer avec des données vides » — the damaged file is moved aside first. */
  startEmpty: {
    input: z.object({ confirm: z.literal(true, { message: 'recovery.confirmEmpty' }) }).strict(),
    output: z.object({ damagedMovedTo: z.string().nullable() }),
  },
} as const;
