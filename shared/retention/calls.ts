import { z } from 'zod';
import { RetentionRun } from './policy';

const none = z.object({}).strict().default({});

export const retentionCalls = {
  /** The last run of the retention purge (null when it never ran: switched off since install). */
  getRetentionReport: { input: none, output: RetentionRun.nullable() },
  /** The helper read the start-up notice of the last run: it is not shown again. Returns the report. */
  dismissRetentionNotice: { input: none, output: RetentionRun.nullable() },
} as const;
