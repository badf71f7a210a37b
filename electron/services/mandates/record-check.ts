import { attestationHash } from '../../../shared/mandate/attestation';
import { Mandate } from '../../../shared/mandate/schema';
import type { MessageKey } from '../../../shared/messages/message';

/** The columns of a mandates row, as the store writes them from the content. */
export function mandateColumns(m: Mandate, updatedAt: string) {
  const whole = m.revocations.find((r) => r.scope === 'whole');
  const consent = m.consent;
  return {
    id: m.id,
    personId: m.personId,
    supersedes: m.supersedes,
    version: m.version,
    content: JSON.stringify(m),
    textVersion: m.textVersion,
    start: m.validity.start,
    end: m.validity.end,
    consent: consent ? JSON.stringify(consent) : null,
    consentMethod: consent?.method ?? null,
    signedAt: !consent ? null : consent.method === 'paper' ? consent.signedOn : consent.method === 'oral' ? consent.recordedAt : consent.signedAt,
    attestation: m.attestationHash,
    revokedAt: whole?.date ?? null,
    revokedReason: whole?.reason ?? null,
    createdAt: m.createdAt,
    updatedAt,
  };
}

/** A mandates row as stored: the JSON content and the columns read without parsing it. */
export interface MandateRecordRow {
  id: string;
  person_id: string;
  supersedes_id: string | null;
  version: number;
  content: string;
  text_version: string;
  start_date: string;
  end_date: string;
  consent_method: string | null;
  signed_at: string | null;
  attestation: string | null;
  revoked_at: string | null;
  revoked_reason: string | null;
  created_at: string;
}

/** The columns a mandates row is read with, for `checkMandateRecord`. */
export const MANDATE_RECORD_COLUMNS =
  'id, person_id, supersedes_id, version, content, text_version, start_date, end_date, consent_method, signed_at, attestation, revoked_at, revoked_reason, created_at';

/** One row of the mandate journal about this mandate, in chain order. */
export interface JournalFact {
  kind: string;
  payload: string;
}

/**
 * What makes a stored mandate disagree with its chained journal (see `checkMandateRecord`):
 * - content_unreadable: its JSON no longer parses as a mandate;
 * - attestation_changed: the stored attestation is not the one the journal recorded at consent
 *   (or consent appears or disappears without a journaled one);
 * - content_changed: the content no longer gives the attestation the journal recorded;
 * - withdrawals_changed: the withdrawals in the content are not those the journal recorded;
 * - columns_changed: the dates, revocation or consent columns (what retention and listings
 *   read without parsing) say something else than the content.
 */
export type MandateRecordProblem = 'content_unreadable' | 'attestation_changed' | 'content_changed' | 'withdrawals_changed' | 'columns_changed';

export const MANDATE_RECORD_PROBLEM_KEYS: Record<MandateRecordProblem, MessageKey> = {
  content_unreadable: 'mandateRecord.contentUnreadable',
  attestation_changed: 'mandateRecord.attestationChanged',
  content_changed: 'mandateRecord.contentChanged',
  withdrawals_changed: 'mandateRecord.withdrawalsChanged',
  columns_changed: 'mandateRecord.columnsChanged',
};

export type MandateRecordCheck = { mandate: Mandate; problem: MandateRecordProblem | null } | { mandate: null; problem: 'content_unreadable' };

function parseContent(text: string): Mandate | null {
  try {
    const parsed = Mandate.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function payloadOf(fact: JournalFact): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(fact.payload);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Withdrawals as comparable keys (scope, action, day), sorted: the same set on both sides, in any order. */
const withdrawalKeys = (list: { scope: string; itemId?: unknown; date: unknown }[]) =>
  list.map((r) => `${r.scope}|${r.scope === 'item' ? String(r.itemId) : ''}|${String(r.date)}`).sort();

/**
 * A mandates row against its own chained journal. The journal holds what was signed (the
 * attestation hash recorded with the consent) and what happened since (withdrawals); the
 * row is only a copy someone with the key can rewrite, attestation recomputed included (the
 * hash is public). So: the stored attestation must be the journal's, the content must give
 * it, the content's withdrawals must be the journal's, and the columns must say what the
 * content says. The first disagreement found is the verdict.
 */
export function checkMandateRecord(row: MandateRecordRow, journal: readonly JournalFact[]): MandateRecordCheck {
  const mandate = parseContent(row.content);
  if (!mandate || mandate.id !== row.id) return { mandate: null, problem: 'content_unreadable' };

  const consents = journal.filter((f) => f.kind === 'signed' || f.kind === 'consent_recorded');
  const journaled = consents.length > 0 ? payloadOf(consents.at(-1)!).attestationHash : null;
  if (journaled === null) {
    // Never consented in the app: nothing may claim a consent or a seal.
    if (mandate.consent !== null || mandate.attestationHash !== null || row.attestation !== null) return { mandate, problem: 'attestation_changed' };
  } else {
    if (row.attestation !== journaled || mandate.attestationHash !== journaled || mandate.consent === null) return { mandate, problem: 'attestation_changed' };
    if (attestationHash(mandate) !== journaled) return { mandate, problem: 'content_changed' };
  }

  const journaledWithdrawals = journal
    .filter((f) => f.kind === 'revoked' || f.kind === 'item_revoked')
    .map((f) => {
      const p = payloadOf(f);
      return { scope: f.kind === 'revoked' ? 'whole' : 'item', itemId: p.itemId, date: p.date };
    });
  if (withdrawalKeys(mandate.revocations).join('\n') !== withdrawalKeys(journaledWithdrawals).join('\n')) return { mandate, problem: 'withdrawals_changed' };

  const expected = mandateColumns(mandate, row.created_at);
  const same =
    row.person_id === expected.personId &&
    row.supersedes_id === expected.supersedes &&
    row.version === expected.version &&
    row.text_version === expected.textVersion &&
    row.start_date === expected.start &&
    row.end_date === expected.end &&
    row.consent_method === expected.consentMethod &&
    row.signed_at === expected.signedAt &&
    row.revoked_at === expected.revokedAt &&
    row.revoked_reason === expected.revokedReason;
  return { mandate, problem: same ? null : 'columns_changed' };
}
