import type { IntegrityFinding } from '../../../shared/records/calls';
import { personDigest, sessionDigest, type SessionSummaryFields } from '../../../shared/records/digests';
import { sessionSealHash } from '../../../shared/records/seal';
import type { ReadableDB } from '../db/types';
import { dayOf, finding } from './findings';

/** Sessions checked between two yields to the event loop (their events are read and hashed). */
const SLICE_SESSIONS = 500;
/** A mass edit is named by its first few rows, not by thousands. */
const MAX_PER_KIND = 20;

interface SessionCheckRow extends SessionSummaryFields {
  rowid: number;
  person_name: string;
  journaled: string | null;
  /** The first closing event of the log, as [at, outcome], JSON. */
  closing: string | null;
}

const digestOf = (payload: string | null): string | null => {
  if (payload === null) return null;
  try {
    const d = (JSON.parse(payload) as { digest?: unknown }).digest;
    return typeof d === 'string' ? d : null;
  } catch {
    return null;
  }
};

/**
 * What history, the recap and the person's file show, against what was journaled and
 * logged (full checks only: it reads every session's events):
 * - each person's name, phone and notes against the latest digest in the record journal;
 * - each session's summary row (helper, start, closing, outcome, recap, seal) against its
 *   latest digest; its closing time and outcome against its own closing event; and a closed
 *   session's seal against the seal recomputed from its events. A session log rewritten
 *   with every chain hash recomputed still no longer gives the seal printed for the person.
 */
export function createSummaryCheck(db: ReadableDB) {
  const persons = db.prepare<[], { id: string; name: string; phone: string; notes: string; journaled: string | null }>(
    `SELECT p.id, p.name, p.phone, p.notes,
       (SELECT r.payload FROM record_journal r WHERE r.subject_id = p.id AND r.kind = 'person_saved' ORDER BY r.rowid DESC LIMIT 1) AS journaled
     FROM persons p ORDER BY p.rowid`,
  );
  const sessions = db.prepare<[number, number], SessionCheckRow>(
    `SELECT s.rowid, s.id, s.person_id, s.mandate_id, s.helper_name, s.started_at, s.closed_at, s.outcome, s.recap, s.seal, p.name AS person_name,
       (SELECT r.payload FROM record_journal r WHERE r.subject_id = s.id AND r.kind = 'session_summary' ORDER BY r.rowid DESC LIMIT 1) AS journaled,
       (SELECT json_array(c.at, json_extract(c.payload, '$.outcome')) FROM session_events c
          WHERE c.session_id = s.id AND c.type = 'session_closed' ORDER BY c.seq LIMIT 1) AS closing
     FROM sessions s JOIN persons p ON p.id = s.person_id WHERE s.rowid > ? ORDER BY s.rowid LIMIT ?`,
  );
  const events = db.prepare<[string], { seq: number; type: string; at: number; payload: string }>('SELECT seq, type, at, payload FROM session_events WHERE session_id = ? ORDER BY seq');

  return async function check(yieldToLoop: () => Promise<void>): Promise<IntegrityFinding[]> {
    const found: IntegrityFinding[] = [];
    const counts = new Map<string, number>();
    const add = (f: IntegrityFinding) => {
      const n = counts.get(f.kind) ?? 0;
      counts.set(f.kind, n + 1);
      if (n < MAX_PER_KIND) found.push(f);
    };

    for (const p of persons.iterate()) {
      if (digestOf(p.journaled) !== personDigest(p)) add(finding('person_changed', 'integrity.personChanged', { subjectId: p.id }, { name: p.name }));
    }
    await yieldToLoop();

    for (let after = 0; ; ) {
      const slice = sessions.all(after, SLICE_SESSIONS);
      for (const s of slice) checkSession(s, add);
      if (slice.length < SLICE_SESSIONS) break;
      after = slice.at(-1)!.rowid;
      await yieldToLoop();
    }
    return found;
  };

  function checkSession(s: SessionCheckRow, add: (f: IntegrityFinding) => void) {
    const where = { subjectId: s.id };
    const params = { day: dayOf(s.started_at), name: s.person_name };
    if (digestOf(s.journaled) !== sessionDigest(s)) add(finding('summary_changed', 'integrity.summaryChanged', where, params));
    const [closedAt, outcome] = s.closing ? (JSON.parse(s.closing) as [number, string | null]) : [null, null];
    if (s.closed_at !== closedAt || s.outcome !== outcome) add(finding('summary_contradicts_log', 'integrity.summaryContradictsLog', where, params));
    if (s.seal !== null) {
      const session = { id: s.id, personId: s.person_id, mandateId: s.mandate_id, helper: s.helper_name, startedAt: s.started_at, closedAt: s.closed_at, outcome: s.outcome, recap: s.recap };
      if (sessionSealHash(session, events.all(s.id)) !== s.seal) add(finding('session_seal_changed', 'integrity.sessionSealChanged', where, params));
    }
  }
}
