import type { Rehearsal } from '../../../shared/mandate/calls';
import type { RehearsalItemId } from '../../../shared/mandate/rehearsal';
import type { Db } from '../db/types';
import { newId } from '../ids';
import type { MandateJournal } from './journal';

interface RehearsalRow {
  id: string;
  person_id: string;
  done_on: string;
  checklist: string;
  note: string;
  created_at: string;
}

interface RehearsalInput {
  personId: string;
  date: string;
  completed: RehearsalItemId[];
  personRepeatedAlone: boolean;
  note: string;
}

/** « Répétition faite le … »: recorded on the person's file and in the journal. */
export function createRehearsals(db: Db, journal: MandateJournal, now: () => Date) {
  const insert = db.prepare('INSERT INTO rehearsals (id, person_id, done_on, checklist, note, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const ofPerson = db.prepare<[string], RehearsalRow>('SELECT * FROM rehearsals WHERE person_id = ? ORDER BY done_on DESC, rowid DESC');
  const toRehearsal = (r: RehearsalRow): Rehearsal => {
    const checklist = JSON.parse(r.checklist) as { completed: RehearsalItemId[]; personRepeatedAlone: boolean };
    return { id: r.id, personId: r.person_id, date: r.done_on, completed: checklist.completed, personRepeatedAlone: checklist.personRepeatedAlone, note: r.note, createdAt: r.created_at };
  };
  const recordTx = db.transaction((input: RehearsalInput) => {
    const id = newId();
    const at = now().toISOString();
    insert.run(id, input.personId, input.date, JSON.stringify({ completed: input.completed, personRepeatedAlone: input.personRepeatedAlone }), input.note, at);
    journal.append('rehearsal_recorded', { mandateId: null, personId: input.personId }, at, {
      date: input.date,
      completed: input.completed,
      personRepeatedAlone: input.personRepeatedAlone,
      ...(input.note ? { note: input.note } : {}),
    });
    return id;
  });
  return {
    record(input: RehearsalInput): Rehearsal {
      const id = recordTx.immediate(input);
      return ofPerson.all(input.personId).map(toRehearsal).find((r) => r.id === id)!;
    },
    list: (personId: string) => ofPerson.all(personId).map(toRehearsal),
  };
}
