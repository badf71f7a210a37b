import type { IsoDate } from './dates';
import type { Mandate } from './schema';

/**
 * Each action of a mandate with the day it was withdrawn, if it was: by its own withdrawal or
 * the whole mandate's, the earliest. `begun` once that day has come (the action is then no longer
 * in force); a withdrawal recorded for a later day is announced but the action still holds.
 * Shown the same way everywhere the mandate appears (text.ts, the person's file, the session).
 */
export interface ScopeLine {
  id: string;
  label: string;
  withdrawal: { date: IsoDate; begun: boolean } | null;
}

export function withdrawalDateOf(m: Pick<Mandate, 'revocations'>, itemId: string): IsoDate | undefined {
  return m.revocations
    .filter((r) => r.scope === 'whole' || r.itemId === itemId)
    .map((r) => r.date)
    .sort()[0];
}

export function scopeLines(m: Pick<Mandate, 'scopeItems' | 'revocations'>, today: IsoDate): ScopeLine[] {
  return m.scopeItems.map((item) => {
    const date = withdrawalDateOf(m, item.id);
    return { id: item.id, label: item.label, withdrawal: date ? { date, begun: date <= today } : null };
  });
}

/** The whole mandate's withdrawal, the earliest if two were recorded. */
export function wholeWithdrawal(m: Pick<Mandate, 'revocations'>): IsoDate | undefined {
  return m.revocations
    .filter((r) => r.scope === 'whole')
    .map((r) => r.date)
    .sort()[0];
}
