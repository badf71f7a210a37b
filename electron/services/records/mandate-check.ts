import type { IntegrityFinding } from '../../../shared/records/calls';
import { parisDate } from '../../../shared/mandate/dates';
import { day, msg } from '../../../shared/messages/message';
import type { ReadableDB } from '../db/types';
import { checkMandateRecord, MANDATE_RECORD_COLUMNS, MANDATE_RECORD_PROBLEM_KEYS, type JournalFact, type MandateRecordRow } from '../mandates/record-check';
import { finding } from './findings';

/** Mandates checked between two yields to the event loop. */
const SLICE_MANDATES = 500;
/** A mass edit is named by its first few rows, not by thousands. */
const MAX_FINDINGS = 20;

/**
 * Every mandates row against its chained journal (mandates/record-check.ts), for the full
 * check: a mandate rewritten with its attestation recomputed, a content that no longer
 * parses, withdrawals or end date changed in the content or in the columns alone. And the
 * reverse: a mandate the journal knows whose row is gone (an erasure or a purge removes the
 * journal rows with it, so only a deletion outside Binôme leaves them behind).
 */
export function createMandateCheck(db: ReadableDB) {
  const mandates = db.prepare<[number, number], MandateRecordRow & { rowid: number; person_name: string | null }>(
    `SELECT m.rowid, ${MANDATE_RECORD_COLUMNS.split(', ').map((c) => `m.${c}`).join(', ')}, p.name AS person_name
     FROM mandates m LEFT JOIN persons p ON p.id = m.person_id WHERE m.rowid > ? ORDER BY m.rowid LIMIT ?`,
  );
  const factsOf = db.prepare<[string], JournalFact>('SELECT kind, payload FROM mandate_journal WHERE mandate_id = ? ORDER BY rowid');
  const missing = db.prepare<[], { mandate_id: string; at: string }>(
    `SELECT mandate_id, min(at) AS at FROM mandate_journal j
     WHERE mandate_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mandates m WHERE m.id = j.mandate_id) GROUP BY mandate_id LIMIT ${MAX_FINDINGS}`,
  );

  return async function check(yieldToLoop: () => Promise<void>): Promise<IntegrityFinding[]> {
    const found: IntegrityFinding[] = [];
    for (let after = 0; ; ) {
      const slice = mandates.all(after, SLICE_MANDATES);
      for (const row of slice) {
        const { problem } = checkMandateRecord(row, factsOf.all(row.id));
        if (problem === null || found.length >= MAX_FINDINGS) continue;
        const params = { name: row.person_name ?? '', day: day(parisDate(Date.parse(row.created_at) || 0)), problem: msg(MANDATE_RECORD_PROBLEM_KEYS[problem]) };
        found.push(finding('mandate_changed', 'integrity.mandateChanged', { subjectId: row.id, table: 'mandate_journal' }, params));
      }
      if (slice.length < SLICE_MANDATES) break;
      after = slice.at(-1)!.rowid;
      await yieldToLoop();
    }
    for (const gone of missing.all()) {
      found.push(finding('mandate_missing', 'integrity.mandateMissing', { subjectId: gone.mandate_id, table: 'mandate_journal' }, { day: day(parisDate(Date.parse(gone.at) || 0)) }));
    }
    return found;
  };
}
