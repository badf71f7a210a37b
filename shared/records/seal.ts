import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The seal code of a closed session: a short code printed on the recap the person keeps
 * (screen and paper), computed from the session's logged events and its closing summary.
 * It is a witness outside the data file: whoever later rewrites the log, even recomputing
 * every chain hash, cannot change the paper, and « Vérifier un document » says whether the
 * records still match it.
 *
 * A plain SHA-256 (no key), so any Binôme holding the records can check it. 60 bits of it
 * are shown: enough that no rewritten log can be made to give the same code by trial
 * (about 10^18 tries), short enough to be read on the phone and typed.
 *
 * In the hash, in this order: the format, the session's id, person, mandate, helper, start,
 * closing time, outcome and recap as stored at closing, then every event of the session in
 * seq order as stored (seq, type, time, payload text). Bumped only if that changes.
 */
export const SEAL_FORMAT = 1;

export interface SealedSession {
  id: string;
  personId: string;
  mandateId: string | null;
  helper: string;
  startedAt: number;
  closedAt: number | null;
  outcome: string | null;
  recap: string | null;
}

export interface SealedEvent {
  seq: number;
  type: string;
  at: number;
  payload: string;
}

/** The full seal, lower-case hex. */
export function sessionSealHash(session: SealedSession, events: readonly SealedEvent[]): string {
  const s = session;
  const lines = [JSON.stringify(['binome-session-seal', SEAL_FORMAT, s.id, s.personId, s.mandateId, s.helper, s.startedAt, s.closedAt, s.outcome, s.recap])];
  for (const e of events) lines.push(JSON.stringify([e.seq, e.type, e.at, e.payload]));
  return bytesToHex(sha256(utf8ToBytes(lines.join('\n'))));
}

/** Crockford's base32: no I, L, O or U, so nothing reads as another character aloud. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SEAL_CHARS = 12;
/** 12 base32 characters are 60 bits: 15 hex digits of the hash. */
export const SEAL_HEX_DIGITS = 15;

/** What is printed: 12 characters in three groups, « 7KQ2-M9XD-4RTA ». */
export function sealCode(hash: string): string {
  const bits = BigInt(`0x${hash.slice(0, SEAL_HEX_DIGITS)}`);
  let chars = '';
  for (let i = SEAL_CHARS - 1; i >= 0; i--) chars += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** The hex prefix a seal code stands for (what the stored seals are searched by). */
export function sealPrefix(code: string): string {
  let bits = 0n;
  for (const ch of code.replace(/-/g, '')) bits = (bits << 5n) | BigInt(ALPHABET.indexOf(ch));
  return bits.toString(16).padStart(SEAL_HEX_DIGITS, '0');
}

/**
 * A code typed or read back over the phone: a session's seal code (12 characters) or a
 * mandate's attestation code (10 hex digits, « AB12-CD34-EF »). Spaces, dashes and case do
 * not matter; O reads as 0, I and L as 1 (Crockford's rule: what people mishear or mistype).
 */
export type DocumentCode = { kind: 'seal'; code: string; prefix: string } | { kind: 'attestation'; prefix: string };

export function parseDocumentCode(typed: string): DocumentCode | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (/^[0-9A-F]{10}$/.test(compact)) return { kind: 'attestation', prefix: compact.toLowerCase() };
  if (compact.length === SEAL_CHARS && [...compact].every((c) => ALPHABET.includes(c))) {
    const code = `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
    return { kind: 'seal', code, prefix: sealPrefix(code) };
  }
  return null;
}
