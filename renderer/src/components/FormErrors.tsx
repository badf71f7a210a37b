import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { Message } from '../../../shared/messages/message';
import { useMessage } from '../i18n/messages';
import { errorMessageText } from './ErrorMessage';

/**
 * Errors where the eye is (WCAG 3.3.1): each field shows its own message (Field, with
 * aria-describedby and aria-invalid), a summary stands next to the button that was pressed, and
 * the focus goes to the first field in error. Without a field to blame, the focus goes to the
 * summary, which then holds the whole message.
 */

/** A field's message by its dotted path ('validity.end', 'scopeItems.2.label'), when it has one. */
export function fieldError(error: AppErrorValue | null, path: string): Message | undefined {
  return error?.fields?.[path] as Message | undefined;
}

/** The first message at `path` or below it ('tools' finds 'tools.1'). */
export function fieldErrorUnder(error: AppErrorValue | null, path: string): Message | undefined {
  const found = Object.entries(error?.fields ?? {}).find(([key]) => key === path || key.startsWith(`${path}.`));
  return found?.[1] as Message | undefined;
}

/**
 * After each refused submit (a new error object), moves the focus to the first control marked
 * aria-invalid in the form, in the order the form shows them, or to the summary.
 */
export function useFocusFirstError(formRef: RefObject<HTMLElement | null>, error: AppErrorValue | null) {
  useEffect(() => {
    if (!error) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-summary');
    target?.focus();
  }, [error, formRef]);
}

/** Next to the submit button: what was refused, each field's message once. */
export function FormErrorSummary({ error, id }: { error: AppErrorValue | null; id?: string }) {
  const { t, i18n } = useTranslation();
  const text = useMessage();
  if (!error) return null;
  const messages = [...new Set(Object.values(error.fields ?? {}).map((m) => text(m as Message)))];
  return (
    <div className="form-summary" role="alert" tabIndex={-1} id={id}>
      {messages.length === 0 ? (
        <p className="error">{error.code === 'unavailable' ? t('errors.unavailable') : errorMessageText(error, i18n.language)}</p>
      ) : (
        <>
          <p className="error">{t('forms.summary', { count: messages.length })}</p>
          <ul>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
