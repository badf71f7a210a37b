import type { IsoDate } from './dates';
import { day, msg, type Message, type MessageKey, type MessageParams } from '../messages/message';
import type { Mandate } from './schema';
import { activeScopeItems, daysLeft, mandateStatus, wholeRevocation, type MandateStatus } from './status';

/**
 * The answer shown when a session starts. Only 'valid' and 'expiring' let it start
 * directly; any other answer means the session flow asks the helper for an override
 * reason, which is logged. 'upcoming' is a signed mandate whose first day is still ahead.
 * A draft (nothing recorded yet) is reported as 'unsigned', like an oral-only consent:
 * in both cases what is missing is a signature.
 */
export type MandateCheckStatus = 'valid' | 'expiring' | 'upcoming' | 'unsigned' | 'revoked' | 'expired' | 'none';

export interface MandateCheck {
  status: MandateCheckStatus;
  /** The mandate the answer is about; absent only for 'none'. */
  mandateId?: string;
  /** The sentence to show the helper, as a catalogue key and its values (shared/messages/fr/mandate.ts). */
  key: MessageKey;
  params?: MessageParams;
  canStart: boolean;
}

export interface CheckOptions {
  expiringDays?: number;
}

// Lower ranks win: a usable mandate first, then the one closest to usable, then history.
const RANK: Record<Exclude<MandateStatus, 'superseded'>, number> = {
  active: 0,
  expiring: 0,
  upcoming: 1,
  unsigned: 2,
  draft: 3,
  revoked: 4,
  expired: 4,
};

interface Candidate {
  mandate: Mandate;
  status: Exclude<MandateStatus, 'superseded'>;
}

/** The day a revoked or expired mandate stopped applying: what "most recent" means for history. */
function endedOn(c: Candidate, today: IsoDate): IsoDate {
  if (c.status === 'revoked') return revokedOn(c.mandate, today);
  return c.mandate.validity.end;
}

function revokedOn(m: Mandate, today: IsoDate): IsoDate {
  const whole = wholeRevocation(m, today);
  if (whole) return whole.date;
  // Every action withdrawn one by one: the mandate ended with the last withdrawal.
  return m.revocations.map((r) => r.date).filter((d) => d <= today).sort().at(-1) ?? today;
}

function compare(a: Candidate, b: Candidate, today: IsoDate): number {
  const byRank = RANK[a.status] - RANK[b.status];
  if (byRank !== 0) return byRank;
  switch (a.status) {
    case 'active':
    case 'expiring':
      // Several usable mandates: the one lasting longest saves a renewal reminder.
      return b.mandate.validity.end.localeCompare(a.mandate.validity.end) || b.mandate.createdAt.localeCompare(a.mandate.createdAt);
    case 'upcoming':
      return a.mandate.validity.start.localeCompare(b.mandate.validity.start);
    case 'revoked':
    case 'expired':
      return endedOn(b, today).localeCompare(endedOn(a, today)) || b.mandate.createdAt.localeCompare(a.mandate.createdAt);
    default:
      return b.mandate.createdAt.localeCompare(a.mandate.createdAt);
  }
}

/** Picks, among one person's mandates, the one that decides whether a session may start today. */
export function checkMandates(mandates: readonly Mandate[], today: IsoDate, options: CheckOptions = {}): MandateCheck {
  const candidates: Candidate[] = [];
  for (const mandate of mandates) {
    const status = mandateStatus(mandate, today, { expiringDays: options.expiringDays, siblings: mandates });
    if (status !== 'superseded') candidates.push({ mandate, status });
  }
  const best = candidates.sort((a, b) => compare(a, b, today))[0];
  if (!best) return { status: 'none', key: 'mandateCheck.none', canStart: false };
  return describe(best, today);
}

/** The check's sentence as one message, to show it or to quote it inside another. */
export const checkMessage = (check: Pick<MandateCheck, 'key' | 'params'>): Message => msg(check.key, check.params);

function describe({ mandate: m, status }: Candidate, today: IsoDate): MandateCheck {
  const end = day(m.validity.end);
  const base = { mandateId: m.id };
  switch (status) {
    case 'active':
      return { ...base, status: 'valid', canStart: true, key: 'mandateCheck.valid', params: { end, withdrawn: withdrawnNote(m, today) } };
    case 'expiring': {
      const left = daysLeft(m, today);
      const when = left === 0 ? msg('mandateCheck.endsTonight') : left === 1 ? msg('mandateCheck.endsTomorrow', { end }) : msg('mandateCheck.endsInDays', { days: left, end });
      return { ...base, status: 'expiring', canStart: true, key: 'mandateCheck.expiring', params: { when, withdrawn: withdrawnNote(m, today) } };
    }
    case 'upcoming':
      return { ...base, status: 'upcoming', canStart: false, key: 'mandateCheck.upcoming', params: { start: day(m.validity.start) } };
    case 'unsigned':
      return { ...base, status: 'unsigned', canStart: false, key: 'mandateCheck.oralOnly' };
    case 'draft':
      return { ...base, status: 'unsigned', canStart: false, key: 'mandateCheck.draft' };
    case 'revoked':
      return { ...base, status: 'revoked', canStart: false, key: 'mandateCheck.revoked', params: { date: day(revokedOn(m, today)) } };
    case 'expired':
      return { ...base, status: 'expired', canStart: false, key: 'mandateCheck.expired', params: { end } };
  }
}

/** Appended to a usable mandate's sentence: nothing, or how many actions were withdrawn. */
function withdrawnNote(m: Mandate, today: IsoDate): Message | '' {
  const withdrawn = m.scopeItems.length - activeScopeItems(m, today).length;
  if (withdrawn === 0) return '';
  return withdrawn === 1 ? msg('mandateCheck.oneWithdrawn') : msg('mandateCheck.manyWithdrawn', { count: withdrawn });
}
