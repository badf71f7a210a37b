import type { MethodName, MethodOutput, ParsedInput } from '../../shared/ipc/contract';
import type { Caller } from './caller';

export { combine as combineHandlers } from '../../shared/ipc/combine';

/**
 * Plain function from validated input to output; it knows nothing of the transport beyond what
 * the transport vouches for in `caller` (a system dialog, in the desktop app).
 */
export type Handler<K extends MethodName> = (input: ParsedInput<K>, caller: Caller) => MethodOutput<K> | Promise<MethodOutput<K>>;

/** What a domain service answers: every call of its shared `calls.ts`, and only those. */
export type HandlersFor<Calls> = { [K in keyof Calls & MethodName]: Handler<K> };

/** Every call of the contract: the app's combined maps must be assignable to it. */
export type Handlers = { [K in MethodName]: Handler<K> };
