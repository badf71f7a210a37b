import type { Dispatch } from '../../electron/services/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/ipc/contract';

/** Anything with the services' one entry: the open services, or the host that holds them. */
export interface Dispatcher {
  dispatch: Dispatch;
}

/**
 * A call through the entry both transports use, typed by the contract; a refusal throws
 * with its message. (A test sending a malformed payload on purpose uses `dispatch` itself.)
 */
export async function call<K extends MethodName>(s: Dispatcher, name: K, input: MethodInput<K> = {} as MethodInput<K>): Promise<MethodOutput<K>> {
  const r = await s.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}${r.error.fields ? ` ${JSON.stringify(r.error.fields)}` : ''}`);
  return r.value as MethodOutput<K>;
}

/** The start-up check's report, or the latest full check once one has run. */
export const startupIntegrity = (s: Dispatcher) => call(s, 'getStartupIntegrity');

/** « Vérifier l'intégrité »: the full check. */
export const verifyIntegrity = (s: Dispatcher) => call(s, 'verifyIntegrity');
