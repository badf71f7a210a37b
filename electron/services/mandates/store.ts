import type { Mandate } from '../../../shared/mandate/schema';
import { parisDate } from '../../../shared/mandate/dates';
import { day } from '../../../shared/messages/message';
import type { WritableDB } from '../db/types';
import { AppError } from '../errors';
import { checkMandateRecord, MANDATE_RECORD_COLUMNS, mandateColumns, type JournalFact, type MandateRecordProblem, type MandateRecordRow } from './record-check';

export interface StoredMandate {
  mandate: Mandate;
  /** The attestation hash from its own column (see `parse`). */
  storedHash: string | null;
  /** Where the row disagrees with its chained journal (record-check.ts), or null. */
  problem: Exclude<MandateRecordProblem, 'content_unreadable'> | null;
}

/** A row whose content no longer parses: named by its id and creation day, never used. */
export interface UnreadableMandate {
  id: string;
  createdAt: string;
  /** The stored text as it is, for the person's export. */
  content: string;
}

/** The clear error for a person whose mandates include an unreadable one. */
export const unreadableError = (u: UnreadableMandate) => new AppError('conflict', 'mandateRecord.unreadableOnFile', { day: day(parisDate(Date.parse(u.createdAt) || 0)) });

/** Sets of ids cross into SQL as one JSON array (json_each), whatever their size. */
const IN_SET = '(SELECT value FROM json_each(?))';

/** Parsed mandates kept while their stored text is unchanged: a session step need not re-validate them. */
const MEMO_SIZE = 256;


/**
 * The mandates table and its per-item revocations, and the only code that writes them: the
 * whole `Mandate` JSON in `content`, plus the columns that are indexed or read without
 * parsing (dates, consent method, whole revocation). Per-item revocations also get their own
 * rows so that a query can find them without JSON.
 */
export function createMandateStore(db: WritableDB) {
  const insert = db.prepare(
    `INSERT INTO mandates (id, person_id, supersedes_id, version, content, text_version, start_date, end_date,
       consent, consent_method, signed_at, attestation, revoked_at, revoked_reason, created_at, updated_at)
     VALUES (@id, @personId, @supersedes, @version, @content, @textVersion, @start, @end,
       @consent, @consentMethod, @signedAt, @attestation, @revokedAt, @revokedReason, @createdAt, @updatedAt)`,
  );
  const update = db.prepare(
    `UPDATE mandates SET content = @content, text_version = @textVersion, start_date = @start, end_date = @end,
       consent = @consent, consent_method = @consentMethod, signed_at = @signedAt, attestation = @attestation,
       revoked_at = @revokedAt, revoked_reason = @revokedReason, updated_at = @updatedAt WHERE id = @id`,
  );
  const insertItemRevocation = db.prepare('INSERT INTO mandate_item_revocations (mandate_id, item_id, revoked_at, reason) VALUES (?, ?, ?, ?)');
  const byId = db.prepare<[string], MandateRecordRow>(`SELECT ${MANDATE_RECORD_COLUMNS} FROM mandates WHERE id = ?`);
  const byPerson = db.prepare<[string], MandateRecordRow>(`SELECT ${MANDATE_RECORD_COLUMNS} FROM mandates WHERE person_id = ? ORDER BY created_at, rowid`);
  // What the chained journal says of these mandates (read only: the journal has its own store).
  const factsOf = db.prepare<[string], JournalFact>('SELECT kind, payload FROM mandate_journal WHERE mandate_id = ? ORDER BY rowid');
  const factsOfPerson = db.prepare<[string], JournalFact & { mandate_id: string }>(
    'SELECT mandate_id, kind, payload FROM mandate_journal WHERE mandate_id IN (SELECT id FROM mandates WHERE person_id = ?) ORDER BY rowid',
  );
  const countOf = db.prepare<[string], number>('SELECT count(*) FROM mandates WHERE person_id = ?').pluck();
  const endedBefore = db.prepare<[string], string>('SELECT id FROM mandates WHERE min(end_date, coalesce(revoked_at, end_date)) < ?').pluck();
  const amendments = db.prepare<[], { id: string; supersedes_id: string }>('SELECT id, supersedes_id FROM mandates WHERE supersedes_id IS NOT NULL');
  const removeMany = db.prepare(`DELETE FROM mandates WHERE id IN ${IN_SET}`);
  const memo = new Map<string, { key: string; stored: StoredMandate | UnreadableMandate }>();

  /**
   * Each row is checked against its journal (record-check.ts) whenever it or its journal
   * changed: the stored hash is read from its own column, and must be the one the journal
   * recorded at consent. A row and journal exactly as checked before give the same object back.
   */
  function parse(row: MandateRecordRow, facts: readonly JournalFact[]): StoredMandate | UnreadableMandate {
    const key = [...Object.values(row), ...facts.map((f) => `${f.kind}\u0000${f.payload}`)].join('\u0001');
    const known = memo.get(row.id);
    if (known && known.key === key) return known.stored;
    const checked = checkMandateRecord(row, facts);
    const stored: StoredMandate | UnreadableMandate =
      checked.mandate === null
        ? { id: row.id, createdAt: row.created_at, content: row.content }
        : { mandate: checked.mandate, storedHash: row.attestation, problem: checked.problem === 'content_unreadable' ? null : checked.problem };
    memo.delete(row.id);
    memo.set(row.id, { key, stored });
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
    return stored;
  }
  const readable = (s: StoredMandate | UnreadableMandate): s is StoredMandate => 'mandate' in s;

  /** Every mandate of the person, those that read and those that do not. */
  function allOfPerson(personId: string): { stored: StoredMandate[]; unreadable: UnreadableMandate[] } {
    const facts = new Map<string, JournalFact[]>();
    for (const f of factsOfPerson.all(personId)) facts.set(f.mandate_id, [...(facts.get(f.mandate_id) ?? []), f]);
    const all = byPerson.all(personId).map((row) => parse(row, facts.get(row.id) ?? []));
    return { stored: all.filter(readable), unreadable: all.filter((s): s is UnreadableMandate => !readable(s)) };
  }

  return {
    insert: (m: Mandate, at: string) => void insert.run(mandateColumns(m, at)),
    update: (m: Mandate, at: string) => void update.run(mandateColumns(m, at)),
    addItemRevocation: (mandateId: string, itemId: string, date: string, reason: string) => void insertItemRevocation.run(mandateId, itemId, date, reason),
    get(id: string): StoredMandate {
      const row = byId.get(id);
      if (!row) throw new AppError('not_found', 'mandates.notFound');
      const stored = parse(row, factsOf.all(id));
      if (!readable(stored)) throw unreadableError(stored);
      return stored;
    },
    /** The person's mandates; a clear error when one of them no longer reads. */
    ofPerson(personId: string): StoredMandate[] {
      const { stored, unreadable } = allOfPerson(personId);
      if (unreadable[0]) throw unreadableError(unreadable[0]);
      return stored;
    },
    allOfPerson,
    /** Retention: the row checked against its journal; `mandate` null when it does not read. */
    verdict(id: string): { mandate: Mandate | null; problem: MandateRecordProblem | null } {
      const row = byId.get(id);
      if (!row) return { mandate: null, problem: 'content_unreadable' };
      const stored = parse(row, factsOf.all(id));
      return readable(stored) ? { mandate: stored.mandate, problem: stored.problem } : { mandate: null, problem: 'content_unreadable' };
    },
    countOf: (personId: string) => countOf.get(personId) ?? 0,
    /** Retention's candidates: mandates whose end columns (date or whole revocation) say before `day`; `verdict` decides. */
    endedBefore: (day: string) => endedBefore.all(day),
    /** Every amendment link, new → old. */
    amendments: () => amendments.all(),
    /** Retention: these mandates (a JSON array of ids) and their item revocations; how many went. */
    removeMany: (ids: string) => removeMany.run(ids).changes,
  };
}

export type MandateStore = ReturnType<typeof createMandateStore>;
