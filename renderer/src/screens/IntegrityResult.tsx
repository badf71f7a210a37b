import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../../../shared/records/calls';
import { useMessage } from '../i18n/messages';

/** What an integrity check found, in words: shown in Réglages and in the start-up banner. */
export function IntegrityResult({ report }: { report: IntegrityReport }) {
  const { t } = useTranslation();
  const text = useMessage();
  return (
    <div className={report.ok ? 'integrity-ok' : 'integrity-bad'}>
      <p>
        <strong>{text(report)}</strong>
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
            <li key={b.table}>{text(b)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
