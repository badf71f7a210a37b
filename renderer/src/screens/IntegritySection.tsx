import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { IntegrityReport } from '../../../shared/records/calls';
import { ErrorMessage } from '../components/ErrorMessage';
import { verifyIntegrity } from '../stores/records-actions';
import { IntegrityResult } from './IntegrityResult';

/** « Vérifier l'intégrité »: the coordinator checks that no record was changed outside Binôme. */
export function IntegritySection() {
  const { t } = useTranslation();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    const r = await verifyIntegrity();
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
