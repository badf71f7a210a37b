import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupState } from '../../../../shared/records/recovery';
import { followStartup } from '../../stores/keys-actions';
import './keys.css';

/** Older plain data being encrypted in place: a progress bar, then the app once it is over. */
export function EncryptingScreen({ state }: { state: StartupState }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(state);

  useEffect(() => {
    document.title = t('keys.encrypting.title');
    const follow = (next: StartupState) => (next.status === 'encrypting' ? setCurrent(next) : window.location.reload());
    return followStartup(follow);
  }, [t]);

  const percent = Math.round((current.progress?.fraction ?? 0) * 100);
  return (
    <main id="main" className="key-screen" tabIndex={-1}>
      <h1>{t('keys.encrypting.title')}</h1>
      <section className="card">
        <p>{t('keys.encrypting.text')}</p>
        <label htmlFor="encrypting-progress">{t('keys.encrypting.label')}</label>
        <progress id="encrypting-progress" max={100} value={percent} aria-valuetext={`${percent} %`}>
          {percent} %
        </progress>
        <p className="status" role="status">
          {current.progress ? `${t(`keys.encrypting.phase.${current.progress.phase}`)} — ${percent} %` : ''}
        </p>
      </section>
    </main>
  );
}
