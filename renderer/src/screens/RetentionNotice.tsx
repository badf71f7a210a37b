import { useTranslation } from 'react-i18next';
import { useQuery } from '../stores/query';
import { dismissRetentionNotice } from '../stores/retention-actions';
import { formatWhen, purgeSummary } from './retention-summary';

/** Shown above every screen after a start-up purge removed something, until dismissed (the purge may come after the first screen). */
export function RetentionNotice() {
  const { t, i18n } = useTranslation();
  const run = useQuery('getRetentionNotice', {}, { refreshOn: ['retentionRan'] }).data;
  if (!run) return null;
  return (
    <section className="card retention-notice" style={{ margin: '0.5rem 1rem' }} aria-labelledby="retention-notice-title">
      <h2 id="retention-notice-title">{t('retention.noticeTitle')}</h2>
      <p>{t('retention.notice', { date: formatWhen(i18n.language, run.ranAt), summary: purgeSummary(t, run) })}</p>
      <button type="button" onClick={() => void dismissRetentionNotice()}>
        {t('retention.dismiss')}
      </button>
    </section>
  );
}
