import { verifyAttestation } from '../../../shared/mandate/attestation';
import { Mandate } from '../../../shared/mandate/schema';
import { sessionDigest, type SessionSummaryFields } from '../../../shared/records/digests';
import type { DocumentCheck, DocumentMatch, documentCalls } from '../../../shared/records/document';
import { parseDocumentCode, sealCode, sessionSealHash } from '../../../shared/records/seal';
import type { ReadableDB } from '../db/types';
import { AppError } from '../errors';
import type { HandlersFor } from '../handler-map';

interface SessionCandidate extends SessionSummaryFields {
  person_name: string;
  journaled: string | null;
}

interface MandateCandidate {
  id: string;
  person_id: string;
  person_name: string;
  version: number;
  content: string;
  attestation: string | null;
  signed_at: string | null;
}

const SESSION_COLUMNS = `s.id, s.person_id, p.name AS person_name, s.mandate_id, s.helper_name, s.started_at, s.closed_at, s.outcome, s.recap, s.seal,
  (SELECT r.payload FROM record_journal r WHERE r.subject_id = s.id AND r.kind = 'session_summary' ORDER BY r.rowid DESC LIMIT 1) AS journaled`;

/**
 * « Vérifier un document » and the seal code shown on a closed session's recap. A code is
 * looked for where the row keeps it (sessions.seal, mandates.attestation) and where the
 * chains recorded it when it was issued (the record journal's closing digest, the mandate
 * journal's signature): a row whose code was changed is still found through its chain, and
 * reported as changed. A match is intact only when the code recomputed from the records
 * today is still the one typed.
 */
export function createDocumentsService(db: ReadableDB) {
  const sessionsBySeal = db.prepare<[string, string], SessionCandidate>(
    `SELECT ${SESSION_COLUMNS} FROM sessions s JOIN persons p ON p.id = s.person_id
     WHERE s.seal GLOB ? || '*'
        OR s.id IN (SELECT subject_id FROM record_journal WHERE kind = 'session_summary' AND json_extract(payload, '$.seal') GLOB ? || '*')`,
  );
  const sessionById = db.prepare<[string], SessionCandidate>(`SELECT ${SESSION_COLUMNS} FROM sessions s JOIN persons p ON p.id = s.person_id WHERE s.id = ?`);
  const events = db.prepare<[string], { seq: number; type: string; at: number; payload: string }>('SELECT seq, type, at, payload FROM session_events WHERE session_id = ? ORDER BY seq');
  const mandatesByCode = db.prepare<[string, string], MandateCandidate>(
    `SELECT m.id, m.person_id, p.name AS person_name, m.version, m.content, m.attestation, m.signed_at FROM mandates m JOIN persons p ON p.id = m.person_id
     WHERE m.attestation GLOB ? || '*'
        OR m.id IN (SELECT mandate_id FROM mandate_journal WHERE kind IN ('signed', 'consent_recorded') AND json_extract(payload, '$.attestationHash') GLOB ? || '*')`,
  );
  const journaledAttestation = db.prepare<[string], string>(
    "SELECT json_extract(payload, '$.attestationHash') FROM mandate_journal WHERE mandate_id = ? AND kind IN ('signed', 'consent_recorded') ORDER BY rowid DESC LIMIT 1",
  ).pluck();

  /** The seal the session's records give today, when they still agree with what was journaled at its closing. */
  function sealToday(s: SessionCandidate): string | null {
    if (s.seal === null) return null;
    const recomputed = sessionSealHash(
      { id: s.id, personId: s.person_id, mandateId: s.mandate_id, helper: s.helper_name, startedAt: s.started_at, closedAt: s.closed_at, outcome: s.outcome, recap: s.recap },
      events.all(s.id),
    );
    const journaled = s.journaled ? (JSON.parse(s.journaled) as { digest?: string }).digest : null;
    return recomputed === s.seal && journaled === sessionDigest(s) ? recomputed : null;
  }

  function checkSeal(prefix: string): DocumentMatch[] {
    return sessionsBySeal.all(prefix, prefix).map((s) => ({
      personId: s.person_id,
      personName: s.person_name,
      subjectId: s.id,
      at: s.started_at,
      helper: s.helper_name,
      version: null,
      intact: sealToday(s)?.startsWith(prefix) ?? false,
    }));
  }

  function checkAttestation(prefix: string): DocumentMatch[] {
    return mandatesByCode.all(prefix, prefix).map((m) => {
      const parsed = Mandate.safeParse(JSON.parse(m.content));
      const intact =
        parsed.success &&
        verifyAttestation(parsed.data, m.attestation).ok &&
        (m.attestation ?? '').startsWith(prefix) &&
        journaledAttestation.get(m.id) === m.attestation;
      // A paper signature records a day; the others an instant.
      const at = m.signed_at ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(m.signed_at) ? `${m.signed_at}T12:00:00Z` : m.signed_at) : NaN;
      return { personId: m.person_id, personName: m.person_name, subjectId: m.id, at: Number.isFinite(at) ? at : null, helper: null, version: m.version, intact };
    });
  }

  const handlers: HandlersFor<typeof documentCalls> = {
    verifyDocument({ code }): DocumentCheck {
      const parsed = parseDocumentCode(code);
      if (!parsed) throw new AppError('invalid_input', 'document.codeInvalid', undefined, { code: { key: 'document.codeInvalid' } });
      if (parsed.kind === 'seal') return { kind: 'seal', code: parsed.code, matches: checkSeal(parsed.prefix) };
      const p = parsed.prefix.toUpperCase();
      return { kind: 'attestation', code: `${p.slice(0, 4)}-${p.slice(4, 8)}-${p.slice(8)}`, matches: checkAttestation(parsed.prefix) };
    },
    getSessionSeal({ sessionId }) {
      const s = sessionById.get(sessionId);
      if (!s) throw new AppError('not_found', 'sessions.notFound');
      return { code: s.seal ? sealCode(s.seal) : null };
    },
  };

  return { handlers };
}
