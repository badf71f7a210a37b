import { z } from 'zod';
import { MessageSchema } from '../messages/schema';
import { hasNoControlChars } from '../text/control-chars';
import { BackupInfo } from './backups';

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

export const recoveryCalls = {
  getStartupState: { input: empty, output: StartupState },
  /** The rolling backups, each checked now, usable ones first and newest first. */
  listRestoreCandidates: { input: empty, output: z.array(RestoreCandidate) },
  /** Puts a backup file in place of the live database after checking it; the live one is copied first. */
  restoreBackup: {
    input: z
      .object({
        path: z
          .string({ message: 'restore.pathRequired' })
          .trim()
          .min(1, 'restore.pathRequired')
          .max(1000, 'restore.pathTooLong')
          .refine(hasNoControlChars, 'input.pathControlChars'),
        /** The recovery phrase of the association that made the copy, when it is not this folder's key. */
        phrase: z.string().trim().max(400, 'keys.phraseTooLong').nullable().default(null),
      })
      .strict(),
    output: RestoreResult,
  },
  /** Recovery only: « Commencer avec des données vides » — the damaged file is moved aside first. */
  startEmpty: {
    input: z.object({ confirm: z.literal(true, { message: 'recovery.confirmEmpty' }) }).strict(),
    output: z.object({ damagedMovedTo: z.string().nullable() }),
  },
} as const;
