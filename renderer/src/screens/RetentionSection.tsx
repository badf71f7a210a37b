import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useQuery } from '../stores/query';
import { confirmRetentionSetting } from '../stores/retention-actions';
import { useSettingsStore } from '../stores/settings-store';
import { formatWhen, purgeSummary } from './retention-summary';

/** Réglages: the retention policy (on/off, months) and what its last run removed. */
export function RetentionSection() {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettingsStore();
  const checkId = useId();
  const [enabled, setEnabled] = useState(settings.retentionEnabled);
  const [months, setMonths] = useState(settings.retentionMonths);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');
  const last = useQuery('getRetentionReport', {}, { refreshOn: ['retentionRan'] }).data;
  const pending = useQuery('getRetentionSettingCheck', {}, { refreshOn: ['settingsChanged'] }).data;

  useEffect(() => {
    setEnabled(settings.retentionEnabled);
    setMonths(settings.retentionMonths);
  }, [settings.retentionEnabled, settings.retentionMonths]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const failure = await update({ retentionEnabled: enabled, retentionMonths: months });
    setError(failure);
    setStatus(failure ? '' : t('retention.saved'));
  }

  async function confirm() {
    const r = await confirmRetentionSetting();
    setError(r.ok ? null : r.error);
    setStatus(r.ok ? t('retention.confirmed') : '');
  }

  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p className="hint">{t('retention.hint')}</p>
      {pending?.needsConfirmation && (
        <div className="warning" role="alert">
          <p>
            {pending.lastSet.enabled
              ? t('retention.fileShorter', { months: pending.file.months, lastSet: pending.lastSet.months })
              : t('retention.fileEnabled', { months: pending.file.months })}
          </p>
          <button type="button" onClick={() => void confirm()}>
            {t('retention.confirm', { months: pending.file.months })}
          </button>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <div className="check">
          <input id={checkId} type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <label htmlFor={checkId}>{t('retention.enabled')}</label>
        </div>
        <Field label={t('retention.months')} hint={t('retention.monthsHint')} error={error?.fields?.retentionMonths}>
          {(p) => <input {...p} type="number" min={12} max={240} value={months} onChange={(e) => setMonths(Number(e.target.value))} />}
        </Field>
        <ErrorMessage error={error} />
        <button type="submit">{t('retention.save')}</button>
      </form>
      <p className="status" role="status">
        {status}
      </p>
      <p className="retention-last">
        {last
          ? t('retention.lastRun', { date: formatWhen(i18n.language, last.ranAt), months: last.months, summary: purgeSummary(t, last) })
          : t('retention.never')}
      </p>
    </section>
  );
}
