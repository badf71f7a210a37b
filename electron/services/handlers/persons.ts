import type { personsCalls } from '../../../shared/persons/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

export function personsHandlers(ctx: AppContext): HandlersFor<typeof personsCalls> {
  const { persons, bus } = ctx;
  return {
    listPersons: ({ query }) => persons.list(query),
    getPerson: ({ id }) => persons.get(id),
    createPerson: (input) => {
      const person = persons.create(input);
      bus.emit('personsChanged', { personId: person.id });
      return person;
    },
    updatePerson: (input) => {
      const person = persons.update(input);
      bus.emit('personsChanged', { personId: person.id });
      return person;
    },
  };
}
