import { contract, isMethodName } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { zodToAppError } from '../../shared/ipc/zod-errors';
import { errorValue, toAppErrorValue } from './errors';
import { NO_DIALOG, type Caller } from './caller';
import type { Handlers } from './handler-map';

/** `caller`: what the transport vouches for (electron/services/caller.ts); none by default. */
export type Dispatch = (name: unknown, rawInput: unknown, caller?: Caller) => Promise<Result<unknown>>;

/**
 * The single entry both transports use: unknown names and malformed payloads are
 * answered with a typed error before any handler runs, so they can change nothing.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = () => {}): Dispatch {
  return async (name, rawInput, caller = NO_DIALOG) => {
    if (!isMethodName(name)) {
      return { ok: false, error: errorValue('unknown_method', 'dispatch.unknownMethod') };
    }
    const spec = contract[name];
    // The input is reported in the issues so a wrong type is told from a missing field (zod-errors.ts).
    const parsed = spec.input.safeParse(rawInput, { reportInput: true });
    if (!parsed.success) return { ok: false, error: zodToAppError(parsed.error) };
    try {
      const handler = handlers[name] as (input: unknown, caller: Caller) => unknown;
      const value = await handler(parsed.data, caller);
      const out = spec.output.safeParse(value);
      if (!out.success) {
        log(new Error(`Handler ${name} returned a value outside its contract: ${out.error.message}`));
        return { ok: false, error: errorValue('internal', 'internal.badAnswer') };
      }
      return { ok: true, value: out.data };
    } catch (error) {
      const value = toAppErrorValue(error);
      if (value.code === 'internal') log(error);
      return { ok: false, error: value };
    }
  };
}
