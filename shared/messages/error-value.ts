import type { AppErrorValue, ErrorCode } from '../ipc/result';
import { frenchText } from './format';
import type { Message, MessageKey, MessageParams } from './message';

/**
 * A keyed error value, for code that returns errors rather than throwing them (the dispatcher, a
 * domain function's `fail(...)`, the step machine's refusals): it carries the key, its params and
 * the French text as the fallback the bridge has always carried.
 */
export function errorValue(code: ErrorCode, key: MessageKey, params?: MessageParams, fields?: Record<string, Message>): AppErrorValue {
  return {
    code,
    key,
    message: frenchText({ key, ...(params ? { params } : {}) }),
    ...(params ? { params } : {}),
    ...(fields ? { fields } : {}),
  };
}
