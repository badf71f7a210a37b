import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { Settings } from '../../../shared/settings/schema';
import { Field } from '../components/Field';
import { FormErrorSummary, useFocusFirstError } from '../components/FormErrors';
import { useSettingsStore } from '../stores/settings-store';
import { TalkingPointsEditor } from '../session/TalkingPointsEditor';
import { BackupsSection } from './BackupsSection';
import { HelpersSection } from './HelpersSection';
import { RecoveryPhraseSection } from './keys/RecoveryPhraseSection';
import { IntegritySection } from './IntegritySection';
import { RetentionSection } from './RetentionSection';
import { VerifyDocumentSection } from './VerifyDocumentSection';

type AssociationKey = 'associationName' | 'associationAddress' | 'associationPhone' | 'associationEmail' | 'dataController' | 'rightsContact';

type Draft = Pick<Settings, 'language' | 'textScale' | 'highContrast' | AssociationKey | 'codeDurationMinutes' | 'expiringWarningDays' | 'countdownSound' | 'lockIdleSeconds'>;

const pickDraft = (s: Settings): Draft => ({
  language: s.language,
  textScale: s.textScale,
  highContrast: s.highContrast,
  associationName: s.associationName,
  associationAddress: s.associationAddress,
  associationPhone: s.associationPhone,
  associationEmail: s.associationEmail,
  dataController: s.dataController,
  rightsContact: s.rightsContact,
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
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

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
    <form ref={formRef} onSubmit={submit} aria-labelledby="settings-title" className="settings" noValidate>
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p className="status" role="status">
        {status}
      </p>
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
        <p className="hint">{t('settings.associationIntro')}</p>
        <Field label={t('settings.associationName')} hint={t('settings.requiredToSign')} error={error?.fields?.associationName}>
          {(p) => <input {...p} value={draft.associationName} onChange={(e) => set('associationName', e.target.value)} maxLength={160} />}
        </Field>
        <Field label={t('settings.associationAddress')} error={error?.fields?.associationAddress}>
          {(p) => <input {...p} value={draft.associationAddress} onChange={(e) => set('associationAddress', e.target.value)} maxLength={300} autoComplete="off" />}
        </Field>
        <Field label={t('settings.associationPhone')} hint={t('settings.associationPhoneHint')} error={error?.fields?.associationPhone}>
          {(p) => <input {...p} type="tel" value={draft.associationPhone} onChange={(e) => set('associationPhone', e.target.value)} maxLength={30} autoComplete="off" />}
        </Field>
        <Field label={t('settings.associationEmail')} error={error?.fields?.associationEmail}>
          {(p) => <input {...p} type="email" value={draft.associationEmail} onChange={(e) => set('associationEmail', e.target.value)} maxLength={200} autoComplete="off" />}
        </Field>
        <Field label={t('settings.dataController')} hint={t('settings.dataControllerHint')} error={error?.fields?.dataController}>
          {(p) => <input {...p} value={draft.dataController} onChange={(e) => set('dataController', e.target.value)} maxLength={200} />}
        </Field>
        <Field label={t('settings.rightsContact')} hint={t('settings.rightsContactHint')} error={error?.fields?.rightsContact}>
          {(p) => <input {...p} value={draft.rightsContact} onChange={(e) => set('rightsContact', e.target.value)} maxLength={200} />}
        </Field>
      </fieldset>
      <fieldset className="card">
        <legend>{t('settings.session')}</legend>
        <Field label={t('settings.codeDuration')} hint={t('settings.codeDurationHint')} error={error?.fields?.codeDurationMinutes}>
          {(p) => <input {...p} type="number" min={1} max={60} value={draft.codeDurationMinutes} onChange={(e) => set('codeDurationMinutes', Number(e.target.value))} />}
        </Field>
        <Field label={t('settings.expiringDays')} hint={t('settings.expiringDaysHint')} error={error?.fields?.expiringWarningDays}>
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
      <FormErrorSummary error={error} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
      </div>
    </form>
    <HelpersSection />
    <IntegritySection />
    <RecoveryPhraseSection />
    <VerifyDocumentSection />
    <BackupsSection />
    <RetentionSection />
    </>
  );
}
