import { create } from 'zustand';
import type { ErasureReport } from '../../../shared/erasure/calls';
import type { AppErrorValue, Result } from '../../../shared/ipc/result';
import type { Person, PersonCreate, PersonUpdate } from '../../../shared/persons/schema';
import { api } from '../bridge';

interface PersonsState {
  persons: Person[];
  query: string;
  loaded: boolean;
  error: AppErrorValue | null;
  setQuery(query: string): Promise<void>;
  load(): Promise<void>;
  /** Resolves to the saved person, or to the error to show in the form. */
  save(input: PersonCreate | PersonUpdate): Promise<{ ok: true; person: Person } | { ok: false; error: AppErrorValue }>;
  /**
   * Right to erasure: the service checks the name typed again and deletes everything about
   * the person in one transaction; `personsChanged` then reloads the list.
   */
  erase(id: string, confirmName: string): Promise<Result<ErasureReport>>;
}

export const usePersonsStore = create<PersonsState>((set, get) => ({
  persons: [],
  query: '',
  loaded: false,
  error: null,
  async setQuery(query) {
    set({ query });
    await get().load();
  },
  async load() {
    const query = get().query;
    const result = await api().listPersons({ query });
    // A slower answer to an older query must not overwrite a newer one.
    if (get().query !== query) return;
    if (result.ok) set({ persons: result.value, loaded: true, error: null });
    else set({ error: result.error, loaded: true });
  },
  async save(input) {
    const result = 'id' in input && input.id ? await api().updatePerson(input as PersonUpdate) : await api().createPerson(input);
    if (!result.ok) return { ok: false, error: result.error };
    await get().load();
    return { ok: true, person: result.value };
  },
  erase: (id, confirmName) => api().erasePerson({ id, confirmName }),
}));
