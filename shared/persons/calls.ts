import { z } from 'zod';
import { Person, PersonCreate, PersonId, PersonQuery, PersonUpdate } from './schema';

export const personsCalls = {
  listPersons: { input: PersonQuery, output: z.array(Person) },
  getPerson: { input: PersonId.strict(), output: Person },
  createPerson: { input: PersonCreate, output: Person },
  updatePerson: { input: PersonUpdate, output: Person },
} as const;

export const personsEvents = {
  personsChanged: z.object({ personId: z.string() }),
} as const;
