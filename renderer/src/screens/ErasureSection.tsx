import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureReport } from '../../../shared/erasure/calls';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { Person } from '../../../shared/persons/schema';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNavStore } from '../stores/nav-store';
import { usePersonsStore } from '../stores/persons-store';
import { useSettingsStore } from '../stores/settings-store';

const COUNTED = ['mandates', 'sessions', 'sessionEvents', 'journalRows', 'followups', 'rehearsals'] as const;

/**
 * Right to erasure, at the bottom of the person's file: an explanation, the name typed
 * again (checked by the service, not here), then the report in a modal dialog whose only
 * way out is the list of persons — the file behind it no longer exists.
 */
export function ErasureSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const erase = usePersonsStore((s) => s.erase);
  const backupsToKeep = useSettingsStore((s) => s.settings.backupsToKeep);
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ErasureReport | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  useEffect(() => {
    if (report && !dialog.current?.open) dialog.current?.showModal();
  }, [report]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const r = await erase(person.id, typed);
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      input.current?.focus();
      return;
    }
    setError(null);
    setReport(r.value);
  }

  const fieldError = error?.fields?.confirmName;
  return (
    <section className="card erasure" aria-labelledby="erasure-title">
      <h2 id="erasure-title">{t('erasure.title')}</h2>
      <p>{t('erasure.intro')}</p>
      <p className="hint">{t('erasure.journals')}</p>
      <p className="warning">{t('erasure.backups', { count: backupsToKeep })}</p>
      <p className="hint">{t('erasure.openSession')}</p>
      {!open ? (
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          {t('erasure.start', { name: person.name })}
        </button>
      ) : (
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={inputId}>{t('erasure.confirmLabel', { name: person.name })}</label>
            <p className="hint" id={`${inputId}-hint`}>
              {t('erasure.confirmHint')}
            </p>
            <input
              ref={input}
              id={inputId}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              aria-describedby={`${inputId}-hint`}
              aria-invalid={fieldError ? true : undefined}
            />
          </div>
          <ErrorMessage error={error} />
          <div className="actions">
            <button type="submit" className="danger" disabled={busy}>
              {busy ? t('erasure.busy') : t('erasure.submit')}
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setTyped('');
                setError(null);
              }}
            >
              {t('erasure.cancel')}
            </button>
          </div>
        </form>
      )}
      <dialog ref={dialog} aria-labelledby="erasure-done-title" onClose={() => go({ name: 'persons' })}>
        {report && (
          <>
            <h2 id="erasure-done-title">{t('erasure.doneTitle')}</h2>
            <p>{t('erasure.doneIntro')}</p>
            <ul>
              {COUNTED.map((key) => (
                <li key={key}>{t(`erasure.${key}`, { count: report[key] })}</li>
              ))}
            </ul>
            <p className="hint">{t('erasure.doneBackups')}</p>
            <button type="button" className="primary" onClick={() => dialog.current?.close()}>
              {t('erasure.backToList')}
            </button>
          </>
        )}
      </dialog>
    </section>
  );
}
