import type { personsCalls } from '../../../shared/persons/calls';
import type { Person, PersonCreate, PersonUpdate } from '../../../shared/persons/schema';
import type { z } from 'zod';
import { foldForSearch } from '../../../shared/text/normalize';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import { newId } from '../ids';
import type { WritableDB } from '../db/types';
import type { RecordJournal } from '../records/record-journal';
import type { PersonStore } from './store';

/** Escapes LIKE wildcards so that a typed % or _ is searched literally. */
type PersonCreateInput = z.output<typeof PersonCreate>;
type PersonUpdateInput = z.output<typeof PersonUpdate>;

const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Persons. Each save also journals the digest of the person's fields in the record journal
 * (records/record-journal.ts), in the same transaction: a silent edit of the row shows.
 */
export function createPersonsService(db: WritableDB, stores: { persons: PersonStore; records: RecordJournal }, bus: EventBus, now: () => Date = () => new Date()) {
  const store = stores.persons;
  const journal = (id: string, at: Date) => stores.records.personSaved(store.get(id)!, at.getTime());
  const create = db.transaction((id: string, input: PersonCreateInput, at: Date) => {
    store.insert(
      { id, name: input.name, sortKey: foldForSearch(input.name), phone: input.phone, notes: input.notes, windowsVersion: input.windowsVersion, quickAssist: input.quickAssist },
      at.toISOString(),
    );
    journal(id, at);
  });
  const update = db.transaction((input: PersonUpdateInput, at: Date): boolean => {
    // The equipment is optional on an update: what is not sent stays as it was.
    const current = store.get(input.id);
    if (!current) return false;
    const next = { ...input, windowsVersion: input.windowsVersion ?? current.windowsVersion, quickAssist: input.quickAssist ?? current.quickAssist, sortKey: foldForSearch(input.name) };
    if (!store.update(next, at.toISOString())) return false;
    journal(input.id, at);
    return true;
  });

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
      create.immediate(id, input, now());
      return changed(get(id));
    },
    updatePerson(input) {
      if (!update.immediate(input, now())) throw new AppError('not_found', 'persons.notFound');
      return changed(get(input.id));
    },
  };

  return { get, handlers };
}

export type PersonsService = ReturnType<typeof createPersonsService>;
