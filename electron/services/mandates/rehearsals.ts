import type { Rehearsal } from '../../../shared/mandate/calls';
import type { RehearsalItemId } from '../../../shared/mandate/rehearsal';
import type { WritableDB } from '../db/types';
import { newId } from '../ids';
import type { MandateJournal } from './journal';
import type { RehearsalStore } from './rehearsal-store';

interface RehearsalInput {
  personId: string;
  date: string;
  completed: RehearsalItemId[];
  personRepeatedAlone: boolean;
  note: string;
}

/** « Répétition faite le … »: recorded on the person's file and in the journal, together. */
export function createRehearsals(db: WritableDB, store: RehearsalStore, journal: MandateJournal, now: () => Date) {
  const recordTx = db.transaction((input: RehearsalInput): Rehearsal => {
    const rehearsal = { id: newId(), ...input, createdAt: now().toISOString() };
    store.insert(rehearsal);
    journal.append('rehearsal_recorded', { mandateId: null, personId: input.personId }, rehearsal.createdAt, {
      date: input.date,
      completed: input.completed,
      personRepeatedAlone: input.personRepeatedAlone,
      ...(input.note ? { note: input.note } : {}),
    });
    return rehearsal;
  });
  return {
    record(input: RehearsalInput): Rehearsal {
      const { id } = recordTx.immediate(input);
      return store.ofPerson(input.personId).find((r) => r.id === id)!;
    },
    list: store.ofPerson,
  };
}
