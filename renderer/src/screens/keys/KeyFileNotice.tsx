import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../i18n/messages';
import { useQuery } from '../../stores/query';

/**
 * Shown above every screen when this start re-created the key file from a backup (it was gone or
 * unusable): the helper should know, and tell whoever looks after the association's laptop.
 * Dismissed for this start only; nothing of it is stored.
 */
export function KeyFileNotice() {
  const { t, i18n } = useTranslation();
  const notice = useQuery('getStartupState', {}).data?.notice ?? null;
  const [dismissed, setDismissed] = useState(false);
  if (!notice || dismissed) return null;
  return (
    <section className="card retention-notice" style={{ margin: '0.5rem 1rem' }} aria-labelledby="key-file-notice-title">
      <h2 id="key-file-notice-title">{t('keys.keyFileNotice.title')}</h2>
      <p role="status">{messageText(notice, i18n.language)}</p>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('keys.keyFileNotice.dismiss')}
      </button>
    </section>
  );
}
