import type { Message, MessageParams } from '../messages/message';

/**
 * Errors cross the bridge as values, never as thrown exceptions, so that the renderer
 * always receives a keyed message it can show in its language and a code it can branch on.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'read_only',
  'storage',
  'db_too_new',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorValue {
  code: ErrorCode;
  /** French, ready to show to the helper; the fallback when `key` is absent or unknown to the renderer. */
  message: string;
  /** Key in the message catalogue (shared/messages): the renderer shows that text in the UI language. */
  key?: string;
  /** Values for the `{{name}}` placeholders of `key`'s text. */
  params?: MessageParams;
  /** Field-level keyed messages by dotted path, for forms. */
  fields?: Record<string, Message>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorValue): Result<never> => ({ ok: false, error });
