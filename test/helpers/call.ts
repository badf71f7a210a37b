import type { Dispatch } from '../../electron/services/dispatch';
import type { IntegrityReport } from '../../shared/records/calls';

/** Anything with the services' one entry: the open services, or the host that holds them. */
export interface Dispatcher {
  dispatch: Dispatch;
}

/** A call through the entry both transports use; a refusal throws with its message. */
export async function call<T>(s: Dispatcher, name: string, input: unknown = {}): Promise<T> {
  const r = await s.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

/** The start-up check's report, or the latest full check once one has run. */
export const startupIntegrity = (s: Dispatcher) => call<IntegrityReport>(s, 'getStartupIntegrity');

/** « Vérifier l'intégrité »: the full check. */
export const verifyIntegrity = (s: Dispatcher) => call<IntegrityReport>(s, 'verifyIntegrity');
