import { z } from 'zod';
import { RetentionRun } from './policy';

const none = z.object({}).strict().default({});

export const retentionCalls = {
  /** The last run of the retention purge (null when it never ran: switched off since install). */
  getRetentionReport: { input: none, output: RetentionRun.nullable() },
  /** The latest purge that removed something and was not acknowledged yet (the start-up notice), or null. */
  getRetentionNotice: { input: none, output: RetentionRun.nullable() },
  /** The helper read the notice: no run so far is shown again. Returns the notice left (null). */
  dismissRetentionNotice: { input: none, output: RetentionRun.nullable() },
} as const;
