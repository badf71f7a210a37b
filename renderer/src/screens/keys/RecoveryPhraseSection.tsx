import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import type { KeyInfo, NewPhrase } from '../../../../shared/keys/calls';
import { beginPhraseChange, confirmPhraseChange, readKeyInfo } from '../../stores/keys-actions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { busyProps } from '../../session/busy';
import { ConfirmWords } from './ConfirmWords';
import { PhraseCard, printPhrase } from './PhraseCard';
import { PhraseInput } from './PhraseInput';
import './keys.css';

/**
 * Réglages: how the data was opened, and a new recovery phrase for the same key (only the key
 * file changes). The current phrase is asked unless Windows opened the data at this start.
 */
export function RecoveryPhraseSection() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<KeyInfo | null>(null);
  const [changing, setChanging] = useState(false);
  const [current, setCurrent] = useState('');
  const [phrase, setPhrase] = useState<NewPhrase | null>(null);
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void readKeyInfo().then((r) => r.ok && setInfo(r.value));
  }, []);
  if (!info) return null;

  async function begin(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const r = await beginPhraseChange(info!.openedWith === 'os' ? null : current);
    setBusy(false);
    setCurrent('');
    if (!r.ok) return setError(r.error);
    setError(null);
    setPhrase(r.value);
    setStep('show');
  }

  async function confirm(words: [string, string]) {
    setBusy(true);
    const r = await confirmPhraseChange(words);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setInfo(r.value);
    setPhrase(null);
    setChanging(false);
    setError(null);
    setStatus(t('keys.settings.done'));
  }

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(info.phraseSetAt));
  return (
    <section className="card phrase-settings" aria-labelledby="phrase-settings-title">
      <h2 id="phrase-settings-title">{t('keys.settings.title')}</h2>
      <p>{info.openedWith === 'os' ? t('keys.settings.openedOs') : t('keys.settings.openedPhrase')}</p>
      <p>{info.osProtected ? t('keys.settings.osProtected') : t('keys.settings.osNotProtected')}</p>
      <p>{t('keys.settings.phraseInfo', { words: info.phraseWords, bits: info.phraseBits, date })}</p>
      <p className="status" role="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {!changing && !phrase && (
        <button type="button" onClick={() => (setStatus(''), setChanging(true))}>
          {t('keys.settings.change')}
        </button>
      )}
      {changing && !phrase && (
        <form onSubmit={(e) => void begin(e)}>
          <p className="hint">{t('keys.settings.changeHint')}</p>
          {info.openedWith !== 'os' && <PhraseInput value={current} onChange={setCurrent} label={t('keys.settings.current')} />}
          <button type="submit" className="primary" {...busyProps(busy)}>
            {t('keys.settings.change')}
          </button>
        </form>
      )}
      {phrase && step === 'show' && (
        <section aria-labelledby="new-phrase-title">
          <h3 id="new-phrase-title">{t('keys.settings.newPhrase')}</h3>
          <p className="hint">{t('keys.setup.showHint')}</p>
          <PhraseCard words={phrase.words} />
          <div className="actions">
            <button type="button" onClick={printPhrase}>
              {t('keys.setup.print')}
            </button>
            <button type="button" className="primary" onClick={() => setStep('confirm')}>
              {t('keys.setup.written')}
            </button>
          </div>
        </section>
      )}
      {phrase && step === 'confirm' && <ConfirmWords positions={phrase.confirm} busy={busy} error={error} onConfirm={(w) => void confirm(w)} onBack={() => setStep('show')} />}
    </section>
  );
}
