import { Mandate } from '../../../shared/mandate/schema';
import type { Db } from '../db/types';
import { AppError } from '../errors';

interface MandateRow {
  id: string;
  content: string;
  attestation: string | null;
}

/**
 * The mandates table: the whole `Mandate` JSON in `content`, plus the columns that are
 * indexed or read without parsing (dates, consent method, whole revocation). Per-item
 * revocations also get their own rows so that a query can find them without JSON.
 */
export function createMandateStore(db: Db) {
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

  function columns(m: Mandate, updatedAt: string) {
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
   * The stored hash is read from its own column, not from the JSON: an edit of the content
   * alone (scope widened by hand) then no longer matches it.
   */
  function parse(row: MandateRow): { mandate: Mandate; storedHash: string | null } {
    const parsed = Mandate.safeParse(JSON.parse(row.content));
    if (!parsed.success) throw new AppError('internal', 'mandates.unreadable');
    return { mandate: parsed.data, storedHash: row.attestation };
  }

  return {
    insert: (m: Mandate, at: string) => insert.run(columns(m, at)),
    update: (m: Mandate, at: string) => update.run(columns(m, at)),
    addItemRevocation: (mandateId: string, itemId: string, date: string, reason: string) => insertItemRevocation.run(mandateId, itemId, date, reason),
    get(id: string) {
      const row = byId.get(id);
      if (!row) throw new AppError('not_found', 'mandates.notFound');
      return parse(row);
    },
    ofPerson: (personId: string) => byPerson.all(personId).map(parse),
  };
}

export type MandateStore = ReturnType<typeof createMandateStore>;
