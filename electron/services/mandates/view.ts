import type { MandateView } from '../../../shared/mandate/calls';
import { attestationCode, attestationHash, verifyAttestation } from '../../../shared/mandate/attestation';
import type { Mandate } from '../../../shared/mandate/schema';
import { daysLeft, mandateStatus } from '../../../shared/mandate/status';
import { MANDATE_RECORD_PROBLEM_KEYS } from './record-check';
import type { StoredMandate } from './store';

/** The store hands back the same object while a row's text is unchanged: its verdict holds as long. */
const verdicts = new WeakMap<StoredMandate, MandateView['attestation']>();

function attestationOf(stored: StoredMandate): MandateView['attestation'] {
  let verdict = verdicts.get(stored);
  if (verdict === undefined) {
    const { mandate, storedHash, problem } = stored;
    // A draft has nothing sealed yet; once consent exists, a missing hash is as bad as a wrong one.
    verdict = problem !== null ? 'mismatch' : mandate.consent !== null || storedHash ? (verifyAttestation(mandate, storedHash).ok ? 'ok' : 'mismatch') : 'none';
    verdicts.set(stored, verdict);
  }
  return verdict;
}

const contentHashes = new WeakMap<StoredMandate, string>();

/** The content as it would be sealed, consent aside: what the words on screen are made of. */
export const contentHash = (m: Mandate): string => attestationHash({ ...m, consent: null });

function contentHashOf(stored: StoredMandate): string {
  let hash = contentHashes.get(stored);
  if (hash === undefined) {
    hash = contentHash(stored.mandate);
    contentHashes.set(stored, hash);
  }
  return hash;
}

/**
 * What every read returns: the status from today's date and the attestation verified
 * against the hash column, again whenever the stored row changed, so an edit made outside
 * the app shows at once.
 */
export function toView(stored: StoredMandate, siblings: readonly Mandate[], today: string, expiringDays: number): MandateView {
  const { mandate, storedHash } = stored;
  return {
    mandate,
    status: mandateStatus(mandate, today, { expiringDays, siblings }),
    attestation: attestationOf(stored),
    problem: stored.problem ? MANDATE_RECORD_PROBLEM_KEYS[stored.problem] : null,
    code: storedHash ? attestationCode(storedHash) : null,
    daysLeft: daysLeft(mandate, today),
    contentHash: contentHashOf(stored),
  };
}
