import type { Mandate } from '../../shared/mandate/schema';

/** The same columns the mandate store writes (electron/services/mandates/store.ts). */
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
