import type { TFunction } from 'i18next';
import { purgedAnything, type RetentionRun } from '../../../shared/retention/policy';

const COUNTED = ['persons', 'mandates', 'sessions', 'sessionEvents', 'journalRows', 'followups', 'rehearsals'] as const;

/** « 3 personnes, 1 mandat, 2 séances… »: only what was actually removed. */
export function purgeSummary(t: TFunction, run: RetentionRun): string {
  if (!purgedAnything(run)) return t('retention.nothing');
  return COUNTED.filter((key) => run[key] > 0)
    .map((key) => t(`retention.${key}`, { count: run[key] }))
    .join(', ');
}

export const formatWhen = (language: string, ms: number) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(ms);
