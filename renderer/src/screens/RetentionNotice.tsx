import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionRun } from '../../../shared/retention/policy';
import { api } from '../bridge';
import { formatWhen, purgeSummary } from './retention-summary';

/** Shown above every screen after a start-up purge removed something, until dismissed. */
export function RetentionNotice() {
  const { t, i18n } = useTranslation();
  const [run, setRun] = useState<RetentionRun | null>(null);
  useEffect(() => {
    void api()
      .getRetentionNotice({})
      .then((r) => r.ok && setRun(r.value));
  }, []);
  if (!run) return null;
  return (
    <section className="card retention-notice" style={{ margin: '0.5rem 1rem' }} aria-labelledby="retention-notice-title">
      <h2 id="retention-notice-title">{t('retention.noticeTitle')}</h2>
      <p>{t('retention.notice', { date: formatWhen(i18n.language, run.ranAt), summary: purgeSummary(t, run) })}</p>
      <button
        type="button"
        onClick={() =>
          void api()
            .dismissRetentionNotice({})
            .then((r) => r.ok && setRun(r.value))
        }
      >
        {t('retention.dismiss')}
      </button>
    </section>
  );
}
