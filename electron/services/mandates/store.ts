import { Mandate } from '../../../shared/mandate/schema';
import type { WritableDB } from '../db/types';
import { AppError } from '../errors';

interface MandateRow {
  id: string;
  content: string;
  attestation: string | null;
}

export interface StoredMandate {
  mandate: Mandate;
  /** The attestation hash from its own column (see `parse`). */
  storedHash: string | null;
}

/** Sets of ids cross into SQL as one JSON array (json_each), whatever their size. */
const IN_SET = '(SELECT value FROM json_each(?))';

/** Parsed mandates kept while their stored text is unchanged: a session step need not re-validate them. */
const MEMO_SIZE = 256;

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
  const byId = db.prepare<[string], MandateRow>('SELECT id, content, attestation FROM mandates WHERE id = ?');
  const byPerson = db.prepare<[string], MandateRow>('SELECT id, content, attestation FROM mandates WHERE person_id = ? ORDER BY created_at, rowid');
  const countOf = db.prepare<[string], number>('SELECT count(*) FROM mandates WHERE person_id = ?').pluck();
  const endedBefore = db.prepare<[string], string>('SELECT id FROM mandates WHERE min(end_date, coalesce(revoked_at, end_date)) < ?').pluck();
  const amendments = db.prepare<[], { id: string; supersedes_id: string }>('SELECT id, supersedes_id FROM mandates WHERE supersedes_id IS NOT NULL');
  const removeMany = db.prepare(`DELETE FROM mandates WHERE id IN ${IN_SET}`);
  const memo = new Map<string, { row: MandateRow; stored: StoredMandate }>();

  /**
   * The stored hash is read from its own column, not from the JSON: an edit of the content
   * alone (scope widened by hand) then no longer matches it. A row whose text is exactly
   * what was parsed before gives the same parsed object back; any change is parsed again.
   */
  function parse(row: MandateRow): StoredMandate {
    const known = memo.get(row.id);
    if (known && known.row.content === row.content && known.row.attestation === row.attestation) return known.stored;
    const parsed = Mandate.safeParse(JSON.parse(row.content));
    if (!parsed.success) throw new AppError('internal', 'mandates.unreadable');
    const stored = { mandate: parsed.data, storedHash: row.attestation };
    memo.delete(row.id);
    memo.set(row.id, { row, stored });
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
    return stored;
  }

  return {
    insert: (m: Mandate, at: string) => void insert.run(mandateColumns(m, at)),
    update: (m: Mandate, at: string) => void update.run(mandateColumns(m, at)),
    addItemRevocation: (mandateId: string, itemId: string, date: string, reason: string) => void insertItemRevocation.run(mandateId, itemId, date, reason),
    get(id: string): StoredMandate {
      const row = byId.get(id);
      if (!row) throw new AppError('not_found', 'mandates.notFound');
      return parse(row);
    },
    ofPerson: (personId: string) => byPerson.all(personId).map(parse),
    countOf: (personId: string) => countOf.get(personId) ?? 0,
    /** Retention: mandates whose end (date or whole revocation) is before `day`. */
    endedBefore: (day: string) => endedBefore.all(day),
    /** Every amendment link, new → old. */
    amendments: () => amendments.all(),
    /** Retention: these mandates (a JSON array of ids) and their item revocations; how many went. */
    removeMany: (ids: string) => removeMany.run(ids).changes,
  };
}

export type MandateStore = ReturnType<typeof createMandateStore>;
