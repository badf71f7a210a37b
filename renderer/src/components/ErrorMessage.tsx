import { useTranslation } from 'react-i18next';
import { errorText, isErrorKey } from '../../../shared/errors/catalogue';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { domainText } from '../i18n/domain-text';

/**
 * The text of a bridge error in the UI language: a keyed error (shared/errors/catalogue.ts) in French
 * or English; an error without a known key (domain and form messages) through the English translation
 * memory when the UI is English (renderer/src/i18n/domain-text.ts).
 */
export function errorMessageText(error: AppErrorValue, language: string): string {
  if (!isErrorKey(error.key)) return domainText(error.message, language);
  return errorText(error.key, language.startsWith('en') ? 'en' : 'fr', error.params);
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
