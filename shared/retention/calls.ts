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

export const retentionCalls = {
  /** The last run of the retention purge (null when it never ran: switched off since install). */
  getRetentionReport: { input: none, output: RetentionRun.nullable() },
  /** The latest purge that removed something and was not acknowledged yet (the start-up notice), or null. */
  getRetentionNotice: { input: none, output: RetentionRun.nullable() },
  /** The helper read the notice: no run so far is shown again. Returns the notice left (null). */
  dismissRetentionNotice: { input: none, output: RetentionRun.nullable() },
} as const;

export const retentionEvents = {
  /** A purge removed something: it runs after start-up's full check, once the first screen is up. */
  retentionRan: RetentionRun,
} as const;
