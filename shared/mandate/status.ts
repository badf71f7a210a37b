import { daysBetween, type IsoDate } from './dates';
import { expiringWindowDays } from './expiry';
import { SIGNED_METHODS, type Mandate, type Revocation, type ScopeItem } from './schema';

/**
 * - draft: no consent recorded yet;
 * - upcoming: consented, but the first valid day is still ahead;
 * - active / expiring: signed and today lies within the dates; expiring once at most a tenth of
 *   its length remains, between 1 and `expiringDays` days before its last day (expiry.ts);
 * - expired: the last day has passed;
 * - revoked: withdrawn as a whole, or every one of its actions withdrawn;
 * - unsigned: within its dates, but consent was only given orally;
 * - superseded: a newer signed version (an amendment) has taken over.
 */
export type MandateStatus = 'draft' | 'upcoming' | 'active' | 'expiring' | 'expired' | 'revoked' | 'unsigned' | 'superseded';

export const DEFAULT_EXPIRING_DAYS = 30;

export interface StatusOptions {
  /**
   * The most days before the end a mandate counts as expiring (the last day counts as 0); a
   * shorter mandate warns sooner than that, in proportion to its length (expiry.ts).
   */
  expiringDays?: number;
  /** The person's other mandates, to notice a newer version that supersedes this one. */
  siblings?: readonly Mandate[];
}

const effective = (r: Revocation, today: IsoDate) => r.date <= today;

export function isSigned(m: Pick<Mandate, 'consent'>): boolean {
  return m.consent !== null && SIGNED_METHODS.includes(m.consent.method);
}

/** The whole-mandate revocation in force today, if any (the earliest, should there be two). */
export function wholeRevocation(m: Mandate, today: IsoDate): Revocation | undefined {
  return m.revocations
    .filter((r) => r.scope === 'whole' && effective(r, today))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}

export function isItemRevoked(m: Mandate, itemId: string, today: IsoDate): boolean {
  return m.revocations.some((r) => effective(r, today) && (r.scope === 'whole' || r.itemId === itemId));
}

/** The actions still allowed today: what the scope guard compares requests against. */
export function activeScopeItems(m: Mandate, today: IsoDate): ScopeItem[] {
  return m.scopeItems.filter((item) => !isItemRevoked(m, item.id, today));
}

/**
 * The amendment that has replaced `m` by `today`: a signed newer version pointing at it
 * whose dates have begun. A draft or an oral-only amendment does not retire a signed
 * mandate; until the new one is signed, the old one still holds.
 */
export function successorOf(m: Mandate, siblings: readonly Mandate[], today: IsoDate): Mandate | undefined {
  return siblings.find((s) => s.id !== m.id && s.supersedes === m.id && isSigned(s) && s.validity.start <= today);
}

/** Days from today to the last valid day: 0 on the last day, negative once expired. */
export function daysLeft(m: Pick<Mandate, 'validity'>, today: IsoDate): number {
  return daysBetween(today, m.validity.end);
}

export function mandateStatus(m: Mandate, today: IsoDate, options: StatusOptions = {}): MandateStatus {
  const expiringDays = options.expiringDays ?? DEFAULT_EXPIRING_DAYS;
  // Withdrawal and replacement win over dates: they are decisions, not the calendar.
  if (wholeRevocation(m, today) || activeScopeItems(m, today).length === 0) return 'revoked';
  if (options.siblings && successorOf(m, options.siblings, today)) return 'superseded';
  if (m.consent === null) return 'draft';
  if (today > m.validity.end) return 'expired';
  if (today < m.validity.start) return 'upcoming';
  if (!isSigned(m)) return 'unsigned';
  return daysLeft(m, today) <= expiringWindowDays(m.validity, expiringDays) ? 'expiring' : 'active';
}
