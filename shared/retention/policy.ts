import { addMonthsTo, type IsoDate } from '../mandate/dates';
import type { RetentionRun } from './calls';

export type { RetentionRun };

/**
 * The last day whose records are past the retention period: anything that ended strictly
 * before it has been kept `months` full months and may go.
 */
export function retentionCutoff(today: IsoDate, months: number): IsoDate {
  return addMonthsTo(today, -months).date;
}

/** Whether a run removed anything at all (the notice is shown only then). */
export const purgedAnything = (r: Omit<RetentionRun, 'ranAt' | 'months' | 'seen'>): boolean =>
  r.persons + r.mandates + r.sessions + r.sessionEvents + r.journalRows + r.followups + r.rehearsals > 0;
