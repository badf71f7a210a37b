import type { MandateView } from '../../../shared/mandate/calls';
import { attestationCode, verifyAttestation } from '../../../shared/mandate/attestation';
import type { Mandate } from '../../../shared/mandate/schema';
import { daysLeft, mandateStatus } from '../../../shared/mandate/status';

/**
 * What every read returns: the status from today's date and the attestation re-verified
 * against the hash column, so an edit made outside the app shows at once.
 */
export function toView(stored: { mandate: Mandate; storedHash: string | null }, siblings: readonly Mandate[], today: string, expiringDays: number): MandateView {
  const { mandate, storedHash } = stored;
  let attestation: MandateView['attestation'] = 'none';
  // A draft has nothing sealed yet; once consent exists, a missing hash is as bad as a wrong one.
  if (mandate.consent !== null || storedHash) attestation = verifyAttestation(mandate, storedHash).ok ? 'ok' : 'mismatch';
  return {
    mandate,
    status: mandateStatus(mandate, today, { expiringDays, siblings }),
    attestation,
    code: storedHash ? attestationCode(storedHash) : null,
    daysLeft: daysLeft(mandate, today),
  };
}
