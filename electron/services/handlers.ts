import type { MethodName, MethodOutput, ParsedInput } from '../../shared/ipc/contract';
import type { AppContext } from './context';

export type Handlers = {
  [K in MethodName]: (input: ParsedInput<K>) => MethodOutput<K> | Promise<MethodOutput<K>>;
};

/**
 * Plain functions from validated input to output. They know nothing of the transport;
 * the compiler refuses a contract entry without its handler.
 */
export function createHandlers(ctx: AppContext): Handlers {
  const { persons, settings } = ctx;
  return {
    getAppInfo: () => ({ version: ctx.version, dataDir: ctx.dataDir, schemaVersion: ctx.schemaVersion }),

    listPersons: ({ query }) => persons.list(query),
    getPerson: ({ id }) => persons.get(id),
    createPerson: (input) => {
      const person = persons.create(input);
      ctx.bus.emit('personsChanged', { personId: person.id });
      return person;
    },
    updatePerson: (input) => {
      const person = persons.update(input);
      ctx.bus.emit('personsChanged', { personId: person.id });
      return person;
    },

    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
  };
}
