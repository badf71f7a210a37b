import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * What the record journal (a hash chain, electron/services/records/record-journal.ts)
 * keeps of a person's fields and of a session's summary row: a digest, not the values, so
 * the chain holds no second copy of anyone's data. The integrity check recomputes it from
 * the row and compares it with the latest one journaled: a row edited outside Binôme no
 * longer matches. The field order is fixed; a new format gets a new version number.
 */
const digest = (fields: readonly unknown[]) => bytesToHex(sha256(utf8ToBytes(JSON.stringify(fields))));

export interface PersonFields {
  id: string;
  name: string;
  phone: string;
  notes: string;
}

export const personDigest = (p: PersonFields): string => digest(['person', 1, p.id, p.name, p.phone, p.notes]);

/** The sessions row as history, the recap and the export show it (current_step apart: the log says it). */
export interface SessionSummaryFields {
  id: string;
  person_id: string;
  mandate_id: string | null;
  helper_name: string;
  started_at: number;
  closed_at: number | null;
  outcome: string | null;
  recap: string | null;
  seal: string | null;
}

export const sessionDigest = (s: SessionSummaryFields): string =>
  digest(['session', 1, s.id, s.person_id, s.mandate_id, s.helper_name, s.started_at, s.closed_at, s.outcome, s.recap, s.seal]);
