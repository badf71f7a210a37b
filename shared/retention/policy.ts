import { z } from 'zod';
import { addMonthsTo, type IsoDate } from '../mandate/dates';

/**
 * The last day whose records are past the retention period: anything that ended strictly
 * before it has been kept `months` full months and may go.
 */
export function retentionCutoff(today: IsoDate, months: number): IsoDate {
  return addMonthsTo(today, -months).date;
}

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

/** Whether a run removed anything at all (the notice is shown only then). */
export const purgedAnything = (r: Omit<RetentionRun, 'ranAt' | 'months' | 'seen'>): boolean =>
  r.persons + r.mandates + r.sessions + r.sessionEvents + r.journalRows + r.followups + r.rehearsals > 0;
