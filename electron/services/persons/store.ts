import type { Person } from '../../../shared/persons/schema';
import type { WritableDB } from '../db/types';

interface PersonRow {
  id: string;
  name: string;
  phone: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS = 'id, name, phone, notes, created_at, updated_at';

export interface PersonRecord {
  id: string;
  name: string;
  /** The folded name persons are sorted and searched by. */
  sortKey: string;
  phone: string;
  notes: string;
}

/**
 * The persons table, and the only code that writes it. Deleting a person cascades to their
 * mandates, sessions (and so session events), follow-ups and rehearsals.
 */
export function createPersonStore(db: WritableDB) {
  const insert = db.prepare(
    `INSERT INTO persons (id, name, sort_key, phone, notes, created_at, updated_at)
     VALUES (@id, @name, @sortKey, @phone, @notes, @at, @at)`,
  );
  const update = db.prepare(`UPDATE persons SET name = @name, sort_key = @sortKey, phone = @phone, notes = @notes, updated_at = @at WHERE id = @id`);
  const byId = db.prepare<[string], PersonRow>(`SELECT ${COLUMNS} FROM persons WHERE id = ?`);
  const all = db.prepare<[], PersonRow>(`SELECT ${COLUMNS} FROM persons ORDER BY sort_key, id`);
  const matching = db.prepare<[string], PersonRow>(`SELECT ${COLUMNS} FROM persons WHERE sort_key LIKE ? ESCAPE '\\' ORDER BY sort_key, id`);
  const remove = db.prepare('DELETE FROM persons WHERE id = ?');
  const removeForgotten = db.prepare(
    `DELETE FROM persons WHERE updated_at < ?
       AND NOT EXISTS (SELECT 1 FROM mandates m WHERE m.person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM rehearsals r WHERE r.person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM mandate_journal j WHERE j.person_id = persons.id)`,
  );

  return {
    /** `at` (ISO) is both the creation and the last change. */
    insert: (p: PersonRecord, at: string) => void insert.run({ ...p, at }),
    /** False when there is no such person. */
    update: (p: PersonRecord, at: string) => update.run({ ...p, at }).changes > 0,
    get(id: string): Person | undefined {
      const row = byId.get(id);
      return row && toPerson(row);
    },
    all: () => all.all().map(toPerson),
    /** `pattern` is a LIKE pattern over the folded names (backslash escapes). */
    matching: (pattern: string) => matching.all(pattern).map(toPerson),
    /** Erasure: the person and, by cascade, everything that belongs to them (inside the purge). */
    remove: (id: string) => void remove.run(id),
    /** Retention: persons untouched since `cutoffIso` with nothing left in their file; how many went. */
    removeForgotten: (cutoffIso: string) => removeForgotten.run(cutoffIso).changes,
  };
}

export type PersonStore = ReturnType<typeof createPersonStore>;
