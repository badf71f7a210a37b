import type { AppErrorValue, ErrorCode } from '../../shared/ipc/result';
import { errorValue } from '../../shared/messages/error-value';
import { frenchText, isMessageKey } from '../../shared/messages/format';
import type { Message, MessageKey, MessageParams } from '../../shared/messages/message';

/**
 * A failure the helper should read, shown in the UI language.
 *
 * How to throw one:
 *   1. add the message to the catalogue, shared/messages/fr/<domain>.ts AND shared/messages/en/<domain>.ts,
 *      under a key `area.what` (placeholders `{{name}}`, the same in both languages);
 *   2. `throw new AppError('not_found', 'persons.notFound')`, or with values for the placeholders:
 *      `throw new AppError('db_too_new', 'storage.tooNew', { version: 7 })`, and field messages for a
 *      form as a fourth argument.
 * The second argument is a catalogue key, never a sentence (test/lint/errors.test.ts fails on a
 * string literal that is not a key). The bridge value carries the key, its params and the French text
 * as fallback; renderer/src/components/ErrorMessage.tsx shows the text of the current language.
 *
 * A domain Result is rethrown as is with `AppError.fromValue(result.error)`: the domain built it
 * with `errorValue(code, key, params)` (shared/messages/error-value.ts) or `zodToAppError`, so its
 * key, params and keyed field messages are kept.
 */
export class AppError extends Error {
  readonly key: MessageKey | undefined;
  readonly params: MessageParams | undefined;
  readonly fields: Record<string, Message> | undefined;

  constructor(
    readonly code: ErrorCode,
    key: MessageKey,
    params?: MessageParams,
    fields?: Record<string, Message>,
  ) {
    super(frenchText({ key, ...(params ? { params } : {}) }));
    this.name = 'AppError';
    this.key = key;
    this.params = params;
    this.fields = fields;
  }

  /** An error value written elsewhere (a domain Result, zod field messages) thrown unchanged. */
  static fromValue(value: AppErrorValue): AppError {
    const error = new AppError(value.code, 'internal.unexpected', value.params, value.fields);
    return Object.assign(error, { message: value.message, key: isMessageKey(value.key) ? value.key : undefined });
  }

  toValue(): AppErrorValue {
    return {
      code: this.code,
      message: this.message,
      ...(this.key ? { key: this.key } : {}),
      ...(this.params ? { params: this.params } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }
}

export { errorValue };

// SQLite result codes and file-system errno names that say "the disk or the folder refused".
const STORAGE_KEYS: Record<string, MessageKey> = {
  SQLITE_FULL: 'storage.full',
  SQLITE_READONLY: 'storage.readOnly',
  SQLITE_BUSY: 'storage.busy',
  SQLITE_LOCKED: 'storage.locked',
  SQLITE_IOERR: 'storage.io',
  SQLITE_CORRUPT: 'storage.corrupt',
  SQLITE_CANTOPEN: 'storage.cantOpen',
  ENOSPC: 'storage.full',
  EACCES: 'storage.accessDenied',
  EROFS: 'storage.readOnly',
  EPERM: 'storage.accessDenied',
  // A folder asked for (a backup target) is in fact a file, or sits under one.
  EEXIST: 'storage.notAFolder',
  ENOTDIR: 'storage.notAFolder',
};

/** Maps any thrown value to a value the renderer can show; storage faults get their own message. */
export function toAppErrorValue(error: unknown): AppErrorValue {
  if (error instanceof AppError) return error.toValue();
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') {
    // Extended SQLite codes (SQLITE_IOERR_WRITE…) fall back to their primary code.
    const key = STORAGE_KEYS[code] ?? STORAGE_KEYS[code.replace(/_[A-Z]+$/, '')];
    if (key) return errorValue('storage', key);
  }
  return errorValue('internal', 'internal.unexpected');
}
