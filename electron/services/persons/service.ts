import type { personsCalls } from '../../../shared/persons/calls';
import type { Person } from '../../../shared/persons/schema';
import { foldForSearch } from '../../../shared/text/normalize';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import { newId } from '../ids';
import type { PersonStore } from './store';

/** Escapes LIKE wildcards so that a typed % or _ is searched literally. */
const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createPersonsService(store: PersonStore, bus: EventBus, now: () => Date = () => new Date()) {
  function get(id: string): Person {
    const person = store.get(id);
    if (!person) throw new AppError('not_found', 'persons.notFound');
    return person;
  }

  const changed = (person: Person) => {
    bus.emit('personsChanged', { personId: person.id });
    return person;
  };

  const handlers: HandlersFor<typeof personsCalls> = {
    listPersons({ query }) {
      const q = foldForSearch(query);
      return q ? store.matching(likeContains(q)) : store.all();
    },
    getPerson: ({ id }) => get(id),
    createPerson(input) {
      const id = newId();
      store.insert(
        { id, name: input.name, sortKey: foldForSearch(input.name), phone: input.phone, notes: input.notes, windowsVersion: input.windowsVersion, quickAssist: input.quickAssist },
        now().toISOString(),
      );
      return changed(get(id));
    },
    updatePerson(input) {
      const current = get(input.id);
      const next = { ...input, windowsVersion: input.windowsVersion ?? current.windowsVersion, quickAssist: input.quickAssist ?? current.quickAssist, sortKey: foldForSearch(input.name) };
      if (!store.update(next, now().toISOString())) throw new AppError('not_found', 'persons.notFound');
      return changed(get(input.id));
    },
  };

  return { get, handlers };
}

export type PersonsService = ReturnType<typeof createPersonsService>;
