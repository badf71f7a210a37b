import type { Rehearsal } from '../../../shared/mandate/calls';
import type { RehearsalItemId } from '../../../shared/mandate/rehearsal';
import type { WritableDB } from '../db/types';

interface RehearsalRow {
  id: string;
  person_id: string;
  done_on: string;
  checklist: string;
  note: string;
  created_at: string;
}

const toRehearsal = (r: RehearsalRow): Rehearsal => {
  const checklist = JSON.parse(r.checklist) as { completed: RehearsalItemId[]; personRepeatedAlone: boolean };
  return { id: r.id, personId: r.person_id, date: r.done_on, completed: checklist.completed, personRepeatedAlone: checklist.personRepeatedAlone, note: r.note, createdAt: r.created_at };
};

/** The rehearsals table, and the only code that writes it. */
export function createRehearsalStore(db: WritableDB) {
  const insert = db.prepare('INSERT INTO rehearsals (id, person_id, done_on, checklist, note, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const ofPerson = db.prepare<[string], RehearsalRow>('SELECT * FROM rehearsals WHERE person_id = ? ORDER BY done_on DESC, rowid DESC');
  const countOf = db.prepare<[string], number>('SELECT count(*) FROM rehearsals WHERE person_id = ?').pluck();
  const removeBefore = db.prepare('DELETE FROM rehearsals WHERE done_on < ?');

  return {
    insert(r: Rehearsal): void {
      insert.run(r.id, r.personId, r.date, JSON.stringify({ completed: r.completed, personRepeatedAlone: r.personRepeatedAlone }), r.note, r.createdAt);
    },
    /** Newest first. */
    ofPerson: (personId: string) => ofPerson.all(personId).map(toRehearsal),
    countOf: (personId: string) => countOf.get(personId) ?? 0,
    /** Retention: rehearsals done before `day`; how many went. */
    removeBefore: (day: string) => removeBefore.run(day).changes,
  };
}

export type RehearsalStore = ReturnType<typeof createRehearsalStore>;
