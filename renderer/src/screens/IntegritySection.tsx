import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { IntegrityReport } from '../../../shared/records/calls';
import { api } from '../bridge';
import { ErrorMessage } from '../components/ErrorMessage';

/** « Vérifier l'intégrité »: the coordinator checks that no record was changed outside Binôme. */
export function IntegritySection() {
  const { t } = useTranslation();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    const r = await api().verifyIntegrity({});
    setBusy(false);
    if (r.ok) {
      setReport(r.value);
      setError(null);
    } else setError(r.error);
  }

  return (
    <section className="card integrity" aria-labelledby="integrity-title">
      <h2 id="integrity-title">{t('records.integrityTitle')}</h2>
      <p className="hint">{t('records.integrityHint')}</p>
      <button type="button" onClick={() => void verify()} disabled={busy}>
        {t('records.verify')}
      </button>
      <ErrorMessage error={error} />
      <div role="status" className="integrity-result">
        {report && <IntegrityResult report={report} />}
      </div>
    </section>
  );
}

export function IntegrityResult({ report }: { report: IntegrityReport }) {
  const { t } = useTranslation();
  return (
    <div className={report.ok ? 'integrity-ok' : 'integrity-bad'}>
      <p>
        <strong>{report.message}</strong>
      </p>
      {report.scope === 'full' ? (
        <>
          <p>{t('integrity.scopeFull')}</p>
          <p>{t('records.counted', { events: report.sessionEvents, journal: report.mandateJournal })}</p>
        </>
      ) : (
        <>
          <p>{t('integrity.scopeStartup', { events: report.recomputed.sessionEvents, journal: report.recomputed.mandateJournal })}</p>
          <p>{t('integrity.sqliteNotChecked')}</p>
        </>
      )}
      {report.broken.length > 0 && (
        <ul>
          {report.broken.map((b) => (
            <li key={b.table}>{b.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Shown above every screen when the start-up check, or the full check that follows it in
 * the background, found a break: nobody should miss it.
 */
export function StartupIntegrityBanner() {
  const [report, setReport] = useState<IntegrityReport | null>(null);
  useEffect(() => {
    let pushed = false;
    const stop = api().on('integrityChecked', (r) => {
      pushed = true;
      setReport(r);
    });
    void api()
      .getStartupIntegrity({})
      .then((r) => r.ok && !pushed && setReport(r.value));
    return stop;
  }, []);
  if (!report || report.ok) return null;
  return (
    <div role="alert" className="integrity-banner">
      <IntegrityResult report={report} />
    </div>
  );
}
