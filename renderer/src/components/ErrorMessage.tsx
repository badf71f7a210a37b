import { useTranslation } from 'react-i18next';
import { isMessageKey } from '../../../shared/messages/format';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { messageText } from '../i18n/messages';

/**
 * The text of a bridge error in the UI language, from its key and params (shared/messages); the
 * French `message` it also carries is shown only for a key this build does not know.
 */
export function errorMessageText(error: AppErrorValue, language: string): string {
  if (!isMessageKey(error.key)) return error.message;
  return messageText({ key: error.key, ...(error.params ? { params: error.params } : {}) }, language);
}

/** Shows a bridge error. */
export function ErrorMessage({ error, id }: { error: AppErrorValue | null; id?: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <p className="error" role="alert" id={id}>
      {error.code === 'unavailable' ? t('errors.unavailable') : errorMessageText(error, i18n.language)}
    </p>
  );
}
