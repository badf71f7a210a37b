import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { Settings } from '../../../shared/settings/schema';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useSettingsStore } from '../stores/settings-store';
import { TalkingPointsEditor } from '../session/TalkingPointsEditor';
import { BackupsSection } from './BackupsSection';
import { HelpersSection } from './HelpersSection';
import { RecoveryPhraseSection } from './keys/RecoveryPhraseSection';
import { IntegritySection } from './IntegritySection';
import { RetentionSection } from './RetentionSection';

type Draft = Pick<Settings, 'language' | 'textScale' | 'highContrast' | 'associationName' | 'codeDurationMinutes' | 'expiringWarningDays' | 'countdownSound' | 'lockIdleSeconds'>;

const pickDraft = (s: Settings): Draft => ({
  language: s.language,
  textScale: s.textScale,
  highContrast: s.highContrast,
  associationName: s.associationName,
  codeDurationMinutes: s.codeDurationMinutes,
  expiringWarningDays: s.expiringWarningDays,
  countdownSound: s.countdownSound,
  lockIdleSeconds: s.lockIdleSeconds,
});

/** What Réglages offers, in minutes; a value set otherwise (a test's few seconds) is shown as it is. */
const LOCK_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 240];

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, update } = useSettingsStore();
  const [draft, setDraft] = useState<Draft>(() => pickDraft(settings));
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => setDraft(pickDraft(settings)), [settings]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const failure = await update(draft);
    setError(failure);
    setStatus(failure ? '' : t('settings.saved'));
  }

  return (
    <>
    <form onSubmit={submit} aria-labelledby="settings-title" className="settings" noValidate>
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p className="status" role="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      <fieldset className="card">
        <legend>{t('settings.display')}</legend>
        <Field label={t('settings.language')}>
          {(p) => (
            <select {...p} value={draft.language} onChange={(e) => set('language', e.target.value as Draft['language'])}>
              {/* Each language named in itself, whatever the current one (settings.languageNames). */}
              <option value="fr" lang="fr">
                {t('settings.languageNames.fr')}
              </option>
              <option value="en" lang="en">
                {t('settings.languageNames.en')}
              </option>
            </select>
          )}
        </Field>
        <Field label={t('settings.textScale')}>
          {(p) => (
            <select {...p} value={draft.textScale} onChange={(e) => set('textScale', Number(e.target.value) as Draft['textScale'])}>
              <option value={100}>100 %</option>
              <option value={125}>125 %</option>
              <option value={150}>150 %</option>
            </select>
          )}
        </Field>
        <div className="check">
          <input id="settings-contrast" type="checkbox" checked={draft.highContrast} onChange={(e) => set('highContrast', e.target.checked)} />
          <label htmlFor="settings-contrast">{t('settings.highContrast')}</label>
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>{t('settings.identity')}</legend>
        <Field label={t('settings.associationName')} error={error?.fields?.associationName}>
          {(p) => <input {...p} value={draft.associationName} onChange={(e) => set('associationName', e.target.value)} maxLength={160} />}
        </Field>
      </fieldset>
      <fieldset className="card">
        <legend>{t('settings.session')}</legend>
        <Field label={t('settings.codeDuration')} hint={t('settings.codeDurationHint')} error={error?.fields?.codeDurationMinutes}>
          {(p) => <input {...p} type="number" min={1} max={60} value={draft.codeDurationMinutes} onChange={(e) => set('codeDurationMinutes', Number(e.target.value))} />}
        </Field>
        <Field label={t('settings.expiringDays')} error={error?.fields?.expiringWarningDays}>
          {(p) => <input {...p} type="number" min={0} max={365} value={draft.expiringWarningDays} onChange={(e) => set('expiringWarningDays', Number(e.target.value))} />}
        </Field>
        <div className="check">
          <input id="settings-sound" type="checkbox" checked={draft.countdownSound} onChange={(e) => set('countdownSound', e.target.checked)} />
          <label htmlFor="settings-sound">{t('settings.countdownSound')}</label>
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>{t('settings.lock')}</legend>
        <Field label={t('settings.lockIdle')} hint={t('settings.lockIdleHint')} error={error?.fields?.lockIdleSeconds}>
          {(p) => (
            <select {...p} value={draft.lockIdleSeconds} onChange={(e) => set('lockIdleSeconds', Number(e.target.value))}>
              {!LOCK_MINUTES.includes(draft.lockIdleSeconds / 60) && <option value={draft.lockIdleSeconds}>{t('settings.lockSeconds', { count: draft.lockIdleSeconds })}</option>}
              {LOCK_MINUTES.map((m) => (
                <option key={m} value={m * 60}>
                  {t('settings.lockMinutes', { count: m })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <TalkingPointsEditor />
      <div className="actions">
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
      </div>
    </form>
    <HelpersSection />
    <IntegritySection />
    <RecoveryPhraseSection />
    <BackupsSection />
    <RetentionSection />
    </>
  );
}
