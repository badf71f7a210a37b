import { fail, ok, type Result } from '../ipc/result';
import { zodToAppError } from '../ipc/zod-errors';
import { errorValue } from '../messages/error-value';
import { msg, type Message } from '../messages/message';
import { missingForSigning } from './association';
import { attestationFormatOf, attestationHash } from './attestation';
import { scopePrecisionError } from './precise-procedure';
import { sameName } from './typed-name';
import { consentDate } from './consent-date';
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
  // The words of fr-2025-1 named no association details; every later version prints them.
  if (attestationFormatOf(m.textVersion) > 1 && missingForSigning(m.association).length > 0) {
    return fail(errorValue('conflict', 'mandate.associationIncomplete'));
  }
  const vague = scopePrecisionError(m.scopeItems);
  if (vague) return fail(errorValue('conflict', 'mandate.vagueProcedure', { problem: vague.fields![Object.keys(vague.fields!)[0]!]! }));
  if (consent.method === 'typed') {
    const fields: Record<string, Message> = {};
    if (!sameName(consent.personTypedName, m.personName)) fields.personTypedName = msg('mandateForm.personTypedNameMismatch', { name: m.personName });
    if (!sameName(consent.helperTypedName, m.helperName)) fields.helperTypedName = msg('mandateForm.helperTypedNameMismatch', { name: m.helperName });
    const first = Object.values(fields)[0];
    if (first) return fail(errorValue('invalid_input', first.key, first.params, fields));
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

export { consentDate } from './consent-date';
