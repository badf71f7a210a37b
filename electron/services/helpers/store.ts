import type { HelperProfile } from '../../../shared/helpers/calls';
import type { WritableDB } from '../db/types';

interface HelperRow {
  id: string;
  display_name: string;
  quick_assist_name: string;
  created_at: number;
  retired_at: number | null;
  last_used_at: number | null;
  used: number;
  has_pin: number;
}

/** What unlocking needs of a profile: kept out of HelperProfile, which goes to the renderer. */
export interface PinRecord {
  hash: string | null;
  failures: number;
  retryAt: number | null;
}

const toProfile = (r: HelperRow): HelperProfile => ({
  id: r.id,
  displayName: r.display_name,
  quickAssistName: r.quick_assist_name,
  createdAt: r.created_at,
  retiredAt: r.retired_at,
  lastUsedAt: r.last_used_at,
  used: r.used === 1,
  hasPin: r.has_pin === 1,
});

// A signature names its helper in the journal row's payload (mandates/service.ts): JSON, read in place.
const USED = `(EXISTS (SELECT 1 FROM sessions s WHERE s.helper_id = h.id)
  OR EXISTS (SELECT 1 FROM mandate_journal j WHERE j.kind IN ('signed', 'consent_recorded') AND json_extract(j.payload, '$.helper.id') = h.id)) AS used`;
const SELECT = `SELECT h.id, h.display_name, h.quick_assist_name, h.created_at, h.retired_at, h.last_used_at, h.pin_hash IS NOT NULL AS has_pin, ${USED} FROM helpers h`;

export interface NewHelper {
  id: string;
  displayName: string;
  quickAssistName: string;
  createdAt: number;
}

/**
 * The helpers table, and the only code that writes it. Profiles are few (the volunteers of one
 * association), so lists are read whole.
 */
export function createHelperStore(db: WritableDB) {
  const insert = db.prepare('INSERT INTO helpers (id, display_name, quick_assist_name, created_at) VALUES (@id, @displayName, @quickAssistName, @createdAt)');
  const rename = db.prepare('UPDATE helpers SET display_name = @displayName, quick_assist_name = @quickAssistName WHERE id = @id');
  const setRetired = db.prepare('UPDATE helpers SET retired_at = ? WHERE id = ?');
  const touch = db.prepare('UPDATE helpers SET last_used_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM helpers WHERE id = ?');
  const byId = db.prepare<[string], HelperRow>(`${SELECT} WHERE h.id = ?`);
  // Active first, the last used first among them; never used ones by name.
  const all = db.prepare<[], HelperRow>(
    `${SELECT} ORDER BY h.retired_at IS NOT NULL, h.last_used_at IS NULL, h.last_used_at DESC, h.display_name COLLATE NOCASE, h.id`,
  );
  const count = db.prepare<[], number>('SELECT count(*) FROM helpers').pluck();
  const pinOf = db.prepare<[string], { pin_hash: string | null; pin_failures: number; pin_retry_at: number | null }>(
    'SELECT pin_hash, pin_failures, pin_retry_at FROM helpers WHERE id = ?',
  );
  // A new PIN (or none) starts with a clean slate of failures.
  const setPin = db.prepare('UPDATE helpers SET pin_hash = ?, pin_failures = 0, pin_retry_at = NULL WHERE id = ?');
  const setFailures = db.prepare('UPDATE helpers SET pin_failures = ?, pin_retry_at = ? WHERE id = ?');

  return {
    insert: (h: NewHelper) => void insert.run(h),
    /** False when there is no such profile. */
    update: (id: string, names: { displayName: string; quickAssistName: string }) => rename.run({ id, ...names }).changes > 0,
    setRetired: (id: string, at: number | null) => setRetired.run(at, id).changes > 0,
    touch: (id: string, at: number) => void touch.run(at, id),
    remove: (id: string) => remove.run(id).changes > 0,
    get(id: string): HelperProfile | undefined {
      const row = byId.get(id);
      return row && toProfile(row);
    },
    all: (): HelperProfile[] => all.all().map(toProfile),
    count: () => count.get() ?? 0,
    pin(id: string): PinRecord | undefined {
      const row = pinOf.get(id);
      return row && { hash: row.pin_hash, failures: row.pin_failures, retryAt: row.pin_retry_at };
    },
    setPin: (id: string, hash: string | null) => setPin.run(hash, id).changes > 0,
    setFailures: (id: string, failures: number, retryAt: number | null) => void setFailures.run(failures, retryAt, id),
  };
}

export type HelperStore = ReturnType<typeof createHelperStore>;
