import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/ipc/contract';

export type Handler<K extends MethodName> = (input: ParsedInput<K>) => MethodOutput<K> | Promise<MethodOutput<K>>;

/** A domain implements the calls it declares in its shared `calls.ts`. */
export type HandlersFor<Calls> = { [K in keyof Calls & MethodName]: Handler<K> };

export type Handlers = { [K in MethodName]: Handler<K> };
