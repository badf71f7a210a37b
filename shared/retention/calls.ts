import { z } from 'zod';

/** What one run of the retention purge removed: counts only, never who. */
export const RetentionRun = z.object({
  ranAt: z.number().int(),
  months: z.number().int(),
  persons: z.number().int(),
  mandates: z.number().int(),
  sessions: z.number().int(),
  sessionEvents: z.number().int(),
  journalRows: z.number().int(),
  followups: z.number().int(),
  rehearsals: z.number().int(),
  /** The start-up notice for this run was dismissed. */
  seen: z.boolean(),
});
export type RetentionRun = z.infer<typeof RetentionRun>;

const none = z.object({}).strict().default({});

const RetentionSetting = z.object({ enabled: z.boolean(), months: z.number().int() });

/**
 * The retention setting read from settings.json against the one last set in Réglages (kept in
 * the encrypted database). A shorter period, or the purge switched on, in the file alone
 * purges nothing until the helper confirms it in Réglages.
 */
export const RetentionSettingCheck = z.object({ file: RetentionSetting, lastSet: RetentionSetting, needsConfirmation: z.boolean() });
export type RetentionSettingCheck = z.infer<typeof RetentionSettingCheck>;

export const retentionCalls = {
  /** The last run of the retention purge (null when it never ran: switched off since install). */
  getRetentionReport: { input: none, output: RetentionRun.nullable() },
  /** The latest purge that removed something and was not acknowledged yet (the start-up notice), or null. */
  getRetentionNotice: { input: none, output: RetentionRun.nullable() },
  /** The helper read the notice: no run so far is shown again. Returns the notice left (null). */
  dismissRetentionNotice: { input: none, output: RetentionRun.nullable() },
  /** The setting in the file against the one last set in Réglages: whether a purge waits for a confirmation. */
  getRetentionSettingCheck: { input: none, output: RetentionSettingCheck },
  /** « Confirmer » in Réglages: the setting the file holds becomes the one last set; the next start applies it. */
  confirmRetentionSetting: { input: none, output: RetentionSettingCheck },
} as const;

export const retentionEvents = {
  /** A purge removed something: it runs after start-up's full check, once the first screen is up. */
  retentionRan: RetentionRun,
} as const;
