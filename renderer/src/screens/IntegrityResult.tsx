import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../../../shared/records/calls';
import { useMessage } from '../i18n/messages';
import { formatWhen } from './history/format';

/** What an integrity check found, in words: shown in Réglages and in the start-up banner. */
export function IntegrityResult({ report }: { report: IntegrityReport }) {
  const { t, i18n } = useTranslation();
  const text = useMessage();
  const { layers } = report;
  const date = (at: number) => formatWhen(at, i18n.language);
  return (
    <div className={report.ok ? 'integrity-ok' : 'integrity-bad'}>
      <p>
        <strong>{text(report)}</strong>
      </p>
      {(report.broken.length > 0 || report.findings.length > 0) && (
        <ul>
          {report.broken.map((b) => (
            <li key={b.table}>{text(b)}</li>
          ))}
          {report.findings.map((f, i) => (
            <li key={`${f.kind}-${i}`}>{text(f)}</li>
          ))}
        </ul>
      )}
      {report.scope === 'full' ? (
        <>
          <p>{t('integrity.scopeFull')}</p>
          <p>{t('records.counted', { events: report.sessionEvents, journal: report.mandateJournal, records: report.recordJournal })}</p>
        </>
      ) : (
        <>
          <p>{t('integrity.scopeStartup', { events: report.recomputed.sessionEvents, journal: report.recomputed.mandateJournal, records: report.recomputed.recordJournal })}</p>
          <p>{t('integrity.sqliteNotChecked')}</p>
        </>
      )}
      <ul className="integrity-layers">
        <li>{t(SEAL_TEXT[layers.seal])}</li>
        {layers.unsealedRows > 0 && layers.seal !== 'inactive' && <li>{t('integrity.layers.unsealed', { count: layers.unsealedRows })}</li>}
        <li>{layers.backupCreatedAt !== null ? t('integrity.layers.backup', { date: date(layers.backupCreatedAt) }) : t('integrity.layers.noBackup')}</li>
        {layers.restoredAt !== null && <li>{t('integrity.layers.restored', { date: date(layers.restoredAt) })}</li>}
      </ul>
    </div>
  );
}

const SEAL_TEXT = {
  verified: 'integrity.layers.sealVerified',
  sealed_now: 'integrity.layers.sealNow',
  failed: 'integrity.layers.sealFailed',
  inactive: 'integrity.layers.sealInactive',
} as const;
