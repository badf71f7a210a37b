import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { unlockWithPhrase } from '../../stores/keys-actions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { busyProps } from '../../session/busy';
import { PhraseInput } from './PhraseInput';
import './keys.css';

/** The phrase opens the data when this computer cannot (another laptop, the system's key gone, browser mode). */
export function UnlockScreen() {
  const { t } = useTranslation();
  const [phrase, setPhrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);

  useEffect(() => {
    document.title = t('keys.unlock.title');
  }, [t]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const r = await unlockWithPhrase(phrase);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    window.location.reload();
  }

  return (
    <main id="main" className="key-screen" tabIndex={-1}>
      <h1>{t('keys.unlock.title')}</h1>
      <form className="card" onSubmit={(e) => void submit(e)}>
        <p>{t('keys.unlock.text')}</p>
        <ErrorMessage error={error} />
        <PhraseInput value={phrase} onChange={setPhrase} />
        <button type="submit" className="primary" {...busyProps(busy)}>
          {busy ? t('keys.unlock.working') : t('keys.unlock.button')}
        </button>
      </form>
    </main>
  );
}
