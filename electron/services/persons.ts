import type { personsCalls } from '../../shared/persons/calls';
import type { Person, PersonCreate, PersonUpdate } from '../../shared/persons/schema';
import { foldForSearch } from '../../shared/text/normalize';
import type { Db } from './db/types';
import { AppError } from './errors';
import type { EventBus } from './event-bus';
import type { HandlersFor } from './handler-map';
import { newId } from './ids';

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

/** Escapes LIKE wildcards so that a typed % or _ is searched literally. */
const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createPersonsService(db: Db, bus: EventBus, now: () => Date = () => new Date()) {
  const insert = db.prepare(
    `INSERT INTO persons (id, name, sort_key, phone, notes, created_at, updated_at)
     VALUES (@id, @name, @sortKey, @phone, @notes, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE persons SET name = @name, sort_key = @sortKey, phone = @phone, notes = @notes, updated_at = @at WHERE id = @id`,
  );
  const byId = db.prepare<[string], PersonRow>(`SELECT ${COLUMNS} FROM persons WHERE id = ?`);
  const all = db.prepare<[], PersonRow>(`SELECT ${COLUMNS} FROM persons ORDER BY sort_key, id`);
  const search = db.prepare<[string], PersonRow>(
    `SELECT ${COLUMNS} FROM persons WHERE sort_key LIKE ? ESCAPE '\\' ORDER BY sort_key, id`,
  );

  function get(id: string): Person {
    const row = byId.get(id);
    if (!row) throw new AppError('not_found', 'persons.notFound');
    return toPerson(row);
  }

  const changed = (person: Person) => {
    bus.emit('personsChanged', { personId: person.id });
    return person;
  };

  function create(input: Required<PersonCreate>): Person {
    const id = newId();
    insert.run({ id, name: input.name, sortKey: foldForSearch(input.name), phone: input.phone, notes: input.notes, at: now().toISOString() });
    return changed(get(id));
  }

  function updatePerson(input: Required<PersonUpdate>): Person {
    const info = update.run({ ...input, sortKey: foldForSearch(input.name), at: now().toISOString() });
    if (info.changes === 0) throw new AppError('not_found', 'persons.notFound');
    return changed(get(input.id));
  }

  const handlers: HandlersFor<typeof personsCalls> = {
    listPersons({ query }) {
      const q = foldForSearch(query);
      return (q ? search.all(likeContains(q)) : all.all()).map(toPerson);
    },
    getPerson: ({ id }) => get(id),
    createPerson: create,
    updatePerson,
  };

  return { get, handlers };
}

export type PersonsService = ReturnType<typeof createPersonsService>;
