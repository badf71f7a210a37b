import { z } from 'zod';
import { Person, PersonCreate, PersonId, PersonQuery, PersonUpdate } from '../persons/schema';
import { Settings, SettingsPatch } from '../settings/schema';

/**
 * The one list of calls between the renderer and the main-process services.
 * Preload, IPC registration and the browser-mode HTTP bridge are all derived from it,
 * so a call name is written here and nowhere else.
 *
 * How to add a call: add an entry here (input and output schemas), implement it in
 * electron/services/handlers.ts — the compiler then points at every place that must follow.
 */
const Empty = z.object({}).strict().default({});

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
});

export const contract = {
  getAppInfo: { input: Empty, output: AppInfo },

  listPersons: { input: PersonQuery, output: z.array(Person) },
  getPerson: { input: PersonId.strict(), output: Person },
  createPerson: { input: PersonCreate, output: Person },
  updatePerson: { input: PersonUpdate, output: Person },

  getSettings: { input: Empty, output: Settings },
  updateSettings: { input: SettingsPatch, output: Settings },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Events pushed from the main process to the renderer. */
export const events = {
  personsChanged: z.object({ personId: z.string() }),
  settingsChanged: Settings,
} as const satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type EventName = keyof typeof events;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = z.output<Contract[K]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methodNames = Object.keys(contract) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

/** Electron IPC channel for a call or an event: derived, never spelled by hand. */
export const channelFor = (name: MethodName | EventName): string => `binome:${name}`;
