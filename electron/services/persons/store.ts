import type { Person, QuickAssistState, WindowsVersion } from '../../../shared/persons/schema';
import type { WritableDB } from '../db/types';

interface PersonRow {
  id: string;
  name: string;
  phone: string;
  notes: string;
  windows_version: WindowsVersion;
  quick_assist: QuickAssistState;
  rehearsed_on: string | null;
  created_at: string;
  updated_at: string;
}

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  notes: r.notes,
  windowsVersion: r.windows_version,
  quickAssist: r.quick_assist,
  rehearsedOn: r.rehearsed_on,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

// The last rehearsal is read from the rehearsals themselves (one source), through their person index.
const COLUMNS = `id, name, phone, notes, windows_version, quick_assist, (SELECT max(done_on) FROM rehearsals r WHERE r.person_id = persons.id) AS rehearsed_on, created_at, updated_at`;

export interface PersonRecord {
  id: string;
  name: string;
  /** The folded name persons are sorted and searched by. */
  sortKey: string;
  phone: string;
  notes: string;
  windowsVersion: WindowsVersion;
  quickAssist: QuickAssistState;
}

/**
 * The persons table, and the only code that writes it. Deleting a person cascades to their
 * mandates, sessions (and so session events), follow-ups and rehearsals.
 */
export function createPersonStore(db: WritableDB) {
  const insert = db.prepare(
    `INSERT INTO persons (id, name, sort_key, phone, notes, windows_version, quick_assist, created_at, updated_at)
     VALUES (@id, @name, @sortKey, @phone, @notes, @windowsVersion, @quickAssist, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE persons SET name = @name, sort_key = @sortKey, phone = @phone, notes = @notes, windows_version = @windowsVersion, quick_assist = @quickAssist, updated_at = @at WHERE id = @id`,
  );
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
