import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import type { NewPhrase } from '../../../../shared/keys/calls';
import type { StartupState } from '../../../../shared/records/recovery';
import { beginKeySetup, confirmKeySetup, restoreBackupWithPhrase } from '../../stores/keys-actions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { busyProps } from '../../session/busy';
import { ConfirmWords } from './ConfirmWords';
import { PhraseCard, printPhrase } from './PhraseCard';
import { PhraseInput } from './PhraseInput';
import './keys.css';

/** The next screen (encrypting, or the app) reads the new state from scratch. */
const reloadApp = () => window.location.reload();

/**
 * First start: what the phrase is for, the phrase shown once (printable), two of its words typed
 * back; then the key is made and any older data encrypted. On a new laptop, a backup can be
 * restored instead, with the phrase of the association that made it.
 */
export function SetupScreen({ state }: { state: StartupState }) {
  const { t } = useTranslation();
  const [phrase, setPhrase] = useState<NewPhrase | null>(null);
  const [step, setStep] = useState<'explain' | 'show' | 'confirm'>('explain');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [file, setFile] = useState('');
  const [restorePhrase, setRestorePhrase] = useState('');

  useEffect(() => {
    document.title = t('keys.setup.title');
  }, [t]);

  async function create() {
    setBusy(true);
    const r = await beginKeySetup();
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setPhrase(r.value);
    setStep('show');
  }

  async function confirm(words: [string, string]) {
    setBusy(true);
    const r = await confirmKeySetup(words);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    reloadApp();
  }

  async function restore(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const r = await restoreBackupWithPhrase(file.trim(), restorePhrase);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    reloadApp();
  }

  return (
    <main id="main" className="key-screen" tabIndex={-1}>
      <h1 className="no-print">{t('keys.setup.title')}</h1>
      {step === 'explain' && (
        <>
          <section className="card">
            <p>{t('keys.setup.intro')}</p>
            <p>{t('keys.setup.osText')}</p>
            <p>{t('keys.setup.phraseText')}</p>
            <p className="warning">
              <strong>{t('keys.setup.warning')}</strong>
            </p>
            {state.plainData && <p>{t('keys.setup.plainData')}</p>}
            <ErrorMessage error={error} />
            <button type="button" className="primary" onClick={() => void create()} {...busyProps(busy)}>
              {t('keys.setup.create')}
            </button>
          </section>
          {!state.plainData && (
            <form className="card" onSubmit={(e) => void restore(e)} aria-labelledby="setup-restore-title">
              <h2 id="setup-restore-title">{t('keys.setup.restoreTitle')}</h2>
              <p className="hint">{t('keys.setup.restoreHint')}</p>
              <Field label={t('keys.setup.restoreFile')}>{(p) => <input {...p} value={file} onChange={(e) => setFile(e.target.value)} />}</Field>
              <PhraseInput value={restorePhrase} onChange={setRestorePhrase} />
              <button type="submit" {...busyProps(busy)}>
                {busy ? t('keys.setup.restoring') : t('keys.setup.restoreButton')}
              </button>
            </form>
          )}
        </>
      )}
      {step === 'show' && phrase && (
        <section aria-labelledby="phrase-title">
          <h2 id="phrase-title" className="no-print">
            {t('keys.setup.showTitle')}
          </h2>
          <p className="hint no-print">{t('keys.setup.showHint')}</p>
          <PhraseCard words={phrase.words} />
          <div className="actions no-print">
            <button type="button" onClick={printPhrase}>
              {t('keys.setup.print')}
            </button>
            <button type="button" className="primary" onClick={() => (setError(null), setStep('confirm'))}>
              {t('keys.setup.written')}
            </button>
          </div>
        </section>
      )}
      {step === 'confirm' && phrase && <ConfirmWords positions={phrase.confirm} busy={busy} error={error} onConfirm={(w) => void confirm(w)} onBack={() => setStep('show')} />}
    </main>
  );
}
