import { z } from 'zod';
import { exportCalls } from '../export/calls';
import { mandateCalls, mandateEvents } from '../mandate/calls';
import { followupsCalls } from '../followups/calls';
import { helpersCalls, helpersEvents } from '../helpers/calls';
import { historyCalls } from '../history/calls';
import { keysCalls, keysEvents } from '../keys/calls';
import { lockCalls, lockEvents } from '../lock/calls';
import { personsCalls, personsEvents } from '../persons/calls';
import { erasureCalls } from '../erasure/calls';
import { backupsCalls } from '../records/backups';
import { recordsCalls, recordsEvents } from '../records/calls';
import { documentCalls } from '../records/document';
import { recoveryCalls } from '../records/recovery';
import { retentionCalls, retentionEvents } from '../retention/calls';
import { sessionCalls, sessionEvents } from '../session/calls';
import { settingsCalls, settingsEvents } from '../settings/calls';
import { windowCalls } from '../window/calls';
import { combine } from './combine';
import { channelFor, type EventName as GeneratedEventName, type MethodName as GeneratedMethodName } from './names';

/**
 * The one list of calls between the renderer and the main-process services, assembled
 * from each domain's `calls.ts`. Preload, IPC registration and the browser-mode HTTP
 * bridge are all derived from it, so a call name is written once, in its domain file.
 *
 * How to add a call: add an entry to the domain's `calls.ts` (input and output zod
 * schemas with French messages) and its handler in that domain's service under
 * electron/services/ (its `handlers` map), then `npm run gen:ipc`; the compiler refuses a
 * call without its handler.
 */
type Spec = { input: z.ZodType; output: z.ZodType };

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
});

const appCalls = {
  getAppInfo: { input: z.object({}).strict().default({}), output: AppInfo },
} as const;

export const contract = combine(appCalls, personsCalls, settingsCalls, windowCalls, mandateCalls, sessionCalls, followupsCalls, recordsCalls, documentCalls, backupsCalls, exportCalls, recoveryCalls, erasureCalls, retentionCalls, historyCalls, helpersCalls, keysCalls, lockCalls) satisfies Record<string, Spec>;

/** Events pushed from the main process to the renderer. */
export const events = combine(personsEvents, settingsEvents, mandateEvents, sessionEvents, recordsEvents, helpersEvents, keysEvents, retentionEvents, lockEvents) satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type EventName = keyof typeof events & string;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = z.output<Contract[K]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methodNames = Object.keys(contract) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

// names.ts is generated from this file (npm run gen:ipc) for the zod-free bridge and preload.
// These fail `tsc` naming the missing or stale name when the two drift apart.
type Exactly<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? true
    : { staleInNames: Exclude<B, A> }
  : { missingFromNames: Exclude<A, B> };
export const methodNamesInSync: Exactly<MethodName, GeneratedMethodName> = true;
export const eventNamesInSync: Exactly<EventName, GeneratedEventName> = true;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

export { channelFor };
