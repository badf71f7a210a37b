import { fail, ok, type Result } from '../ipc/result';
import { zodToAppError } from '../ipc/zod-errors';
import { errorValue } from '../messages/error-value';
import { attestationHash } from './attestation';
import { parisDate, type IsoDate } from './dates';
import { Consent, type Mandate } from './schema';
import { isSigned } from './status';

/**
 * Records how the person agreed and seals the content with its attestation hash.
 * A signed mandate is final. An oral "yes" may later be replaced by a signature (that is
 * the point of recording it as « non signé »); the journal keeps both events.
 */
export function recordConsent(m: Mandate, input: unknown): Result<Mandate> {
  const parsed = Consent.safeParse(input);
  if (!parsed.success) return fail(zodToAppError(parsed.error));
  const consent = parsed.data;
  if (isSigned(m)) {
    return fail(errorValue('read_only', 'mandate.alreadySigned'));
  }
  if (m.consent?.method === 'oral' && consent.method === 'oral') {
    return fail(errorValue('conflict', 'mandate.oralAlreadyRecorded'));
  }
  if (m.revocations.some((r) => r.scope === 'whole')) {
    return fail(errorValue('conflict', 'mandate.revokedSignNew'));
  }
  // A consent given after the last valid day would authorise nothing and only confuse the record.
  if ((consentDate(consent) ?? '') > m.validity.end) {
    return fail(errorValue('conflict', 'mandate.periodOver'));
  }
  const signed = { ...m, consent };
  return ok({ ...signed, attestationHash: attestationHash(signed) });
}

/** The day the consent was given, as printed beside the signatures; null before consent. */
export function consentDate(consent: Consent | null): IsoDate | null {
  if (!consent) return null;
  switch (consent.method) {
    case 'drawn':
    case 'typed':
      return parisDate(consent.signedAt);
    case 'paper':
      return consent.signedOn;
    case 'oral':
      return parisDate(consent.recordedAt);
  }
}
