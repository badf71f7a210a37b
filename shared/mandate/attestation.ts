import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson, normaliseText, type CanonicalValue } from './canonical-json';
import type { Consent, Mandate } from './schema';

/**
 * The attestation binds what the person agreed to: a SHA-256 over the mandate's canonical
 * content, computed when consent is recorded and stored beside the mandate. Any later edit
 * of a stored row (a widened scope, a pushed-back end date, a consent turned from oral
 * into "signed") no longer matches the stored hash.
 *
 * In the hash: parties, person, scope items (with their ids, which revocations point at),
 * exclusions, tools, validity dates, session length, place, purpose, data seen, text
 * version, the mandate's id/version/predecessor, the consent's method and time, and (from
 * format 2) the association's identity and the retention period the text states. The
 * method and time are what make the record a consent: without them an oral "yes" could be
 * relabelled as signed, or a signature backdated to cover an earlier session, and the code
 * would not change. Hence the hash is computed and stored by recordConsent (consent.ts): a
 * draft has no stored hash, and the code printed for the person is the post-consent one.
 *
 * Not in the hash:
 * - the signature images and typed names: they prove who agreed, the hash proves to what.
 *   A drawn PNG may be re-encoded without changing anything a reader sees, and signatures
 *   can be purged under the retention policy while the content stays verifiable;
 * - where a paper original is kept, and the note of an oral consent: filing details;
 * - revocations: they come later and are journalled on their own; hashing them would make
 *   the code printed on the person's copy go stale;
 * - createdAt and the chosen preset: bookkeeping, not terms (the dates themselves are in).
 *
 * Arrays keep their order: it is the order printed on the mandate.
 */

/**
 * Bumped only if the canonical form below changes; old hashes are then checked with the old form.
 * Format 2 adds what the words of text version fr-2026-1 read besides the mandate's own fields:
 * the association's identity and the retention period. The text of a version is frozen
 * (text.ts), so content + version fix every word printed: nothing the person read escapes the hash.
 */
export const ATTESTATION_FORMAT = 2;

/** fr-2025-1 mandates were sealed in format 1, and are checked in it forever. */
export const attestationFormatOf = (textVersion: string): 1 | 2 => (textVersion === 'fr-2025-1' ? 1 : 2);

/** The fields the attestation reads; a full `Mandate` fits. */
export type AttestedMandate = Pick<
  Mandate,
  | 'id'
  | 'version'
  | 'supersedes'
  | 'personId'
  | 'personName'
  | 'helperName'
  | 'associationName'
  | 'scopeItems'
  | 'exclusions'
  | 'tools'
  | 'validity'
  | 'sessionMinutes'
  | 'place'
  | 'purpose'
  | 'dataSeen'
  | 'textVersion'
  | 'association'
  | 'retentionMonths'
  | 'consent'
>;

function consentAct(consent: Consent | null): CanonicalValue {
  if (!consent) return null;
  switch (consent.method) {
    case 'drawn':
    case 'typed':
      return { method: consent.method, at: instant(consent.signedAt) };
    case 'paper':
      return { method: consent.method, at: consent.signedOn };
    case 'oral':
      return { method: consent.method, at: instant(consent.recordedAt) };
  }
}

// '…T11:00:00+01:00' and '…T10:00:00.000Z' are the same moment; storage may write either.
function instant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${iso}`);
  return new Date(ms).toISOString();
}

// An absent optional text and an empty one print the same: nothing.
const optional = (text: string | null | undefined): string | null => (text && normaliseText(text) ? text : null);

export function canonicalContent(m: AttestedMandate): CanonicalValue {
  const format = attestationFormatOf(m.textVersion);
  const common = {
    format,
    textVersion: m.textVersion,
    mandate: { id: m.id, version: m.version, supersedes: m.supersedes },
    person: { id: m.personId, name: m.personName },
    helper: { name: m.helperName, association: m.associationName },
    scopeItems: m.scopeItems.map((item) => ({ id: item.id, catalogueId: item.catalogueId, label: item.label })),
    exclusions: m.exclusions,
    tools: m.tools,
    validity: { start: m.validity.start, end: m.validity.end },
    sessionMinutes: m.sessionMinutes,
    place: m.place,
    purpose: optional(m.purpose),
    dataSeen: optional(m.dataSeen),
    consent: consentAct(m.consent),
  };
  if (format === 1) return common;
  const a = m.association;
  return {
    ...common,
    association: a ? { name: a.name, address: a.address, phone: a.phone, email: a.email, controller: a.controller, rightsContact: a.rightsContact } : null,
    retentionMonths: m.retentionMonths ?? null,
  };
}

/** Full SHA-256 in lower-case hex. */
export function attestationHash(m: AttestedMandate): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(canonicalContent(m)))));
}

/**
 * What people read and compare: the first 10 hex digits, upper-case, as 'AB12-CD34-EF'.
 * 40 bits is plenty to spot a changed document by eye; the full hash is what is verified.
 */
export function attestationCode(hash: string): string {
  const head = hash.slice(0, 10).toUpperCase();
  return `${head.slice(0, 4)}-${head.slice(4, 8)}-${head.slice(8, 10)}`;
}

export type AttestationCheck =
  | { ok: true; hash: string }
  | { ok: false; reason: 'missing' | 'mismatch'; expected: string | null; actual: string };

export function verifyAttestation(m: AttestedMandate, storedHash: string | null | undefined): AttestationCheck {
  const actual = attestationHash(m);
  const expected = storedHash?.trim().toLowerCase() || null;
  if (!expected) return { ok: false, reason: 'missing', expected: null, actual };
  return expected === actual ? { ok: true, hash: actual } : { ok: false, reason: 'mismatch', expected, actual };
}
