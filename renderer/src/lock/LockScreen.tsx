import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { LockState } from '../../../shared/lock/calls';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { PhraseInput } from '../screens/keys/PhraseInput';
import { busyProps } from '../session/busy';
import { useLockStore } from '../stores/lock-store';
import { PinnedPanel } from './PinnedPanel';

/**
 * Shown instead of the whole app while the main process holds the lock: helper profiles by name
 * (no person, no search, no history), a PIN field for a profile that has one, and, while a code
 * counts down, the pinned panel of that session. When every profile has a PIN, the association's
 * recovery phrase is offered too, so that forgotten PINs never lock the association out.
 */
export function LockScreen({ state }: { state: LockState }) {
  const { t } = useTranslation();
  const unlock = useLockStore((s) => s.unlock);
  const title = useRef<HTMLHeadingElement>(null);
  const unlockTitle = useRef<HTMLHeadingElement>(null);
  const profiles = state.profiles;
  const [chosen, setChosen] = useState<string | null>(profiles.length === 1 ? profiles[0]!.id : null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const profile = profiles.find((p) => p.id === chosen) ?? null;
  const [byPhrase, setByPhrase] = useState(false);
  const phraseOffered = profiles.length > 0 && profiles.every((p) => p.hasPin);

  useEffect(() => {
    // The pinned panel keeps the focus where the helper works; otherwise the title takes it.
    if (!state.pinnedSessionId) title.current?.focus();
  }, [state.pinnedSessionId]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (profiles.length > 0 && !profile) return setError({ code: 'invalid_input', message: '', key: 'lock.chooseProfile' });
    setBusy(true);
    const failure = await unlock(profile?.id ?? null, profile?.hasPin ? pin : undefined);
    setBusy(false);
    setError(failure);
    if (failure) setPin('');
  }

  return (
    <main id="main" className="lock-screen" tabIndex={-1}>
      <h1 tabIndex={-1} ref={title}>
        {t('lock.title')}
      </h1>
      <p>{t(`lock.reason.${state.reason ?? 'manual'}`)}</p>
      {state.pinnedSessionId && (
        <>
          {/* At 380 px the whole step comes first: one button takes the helper back to unlocking. */}
          <button type="button" onClick={() => unlockTitle.current?.focus()}>
            {t('lock.goToUnlock')}
          </button>
          <PinnedPanel sessionId={state.pinnedSessionId} />
        </>
      )}
      {phraseOffered && byPhrase ? (
        <PhraseUnlock onBack={() => setByPhrase(false)} />
      ) : (
        <form className="card unlock-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="unlock-title">
          <h2 id="unlock-title" tabIndex={-1} ref={unlockTitle}>
            {t('lock.unlockTitle')}
          </h2>
          {profiles.length > 0 ? (
            <fieldset>
              <legend>{t('lock.who')}</legend>
              {profiles.map((p) => (
                <div className="check" key={p.id}>
                  <input
                    type="radio"
                    id={`unlock-${p.id}`}
                    name="unlock-profile"
                    checked={chosen === p.id}
                    onChange={() => {
                      setChosen(p.id);
                      setError(null);
                      setPin('');
                    }}
                  />
                  <label htmlFor={`unlock-${p.id}`}>
                    {p.displayName} <span className="hint">{p.hasPin ? t('lock.withPin') : t('lock.withoutPin')}</span>
                  </label>
                </div>
              ))}
            </fieldset>
          ) : (
            <p className="hint">{t('lock.noProfile')}</p>
          )}
          {profile?.hasPin && (
            <Field label={t('lock.pin', { name: profile.displayName })}>
              {(p) => (
                <input
                  {...p}
                  type="password"
                  inputMode="numeric"
                  autoComplete="off"
                  value={pin}
                  maxLength={64}
                  onChange={(e) => setPin(e.target.value)}
                />
              )}
            </Field>
          )}
          <ErrorMessage error={error} />
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={busy || undefined}>
              {t('lock.unlock')}
            </button>
            {phraseOffered && (
              <button type="button" onClick={() => setByPhrase(true)}>
                {t('lock.phrase.offer')}
              </button>
            )}
          </div>
        </form>
      )}
    </main>
  );
}

/** Every PIN forgotten: the association's recovery phrase, checked by the main process against the folder's key. */
function PhraseUnlock({ onBack }: { onBack(): void }) {
  const { t } = useTranslation();
  const unlockWithPhrase = useLockStore((s) => s.unlockWithPhrase);
  const [phrase, setPhrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => title.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const failure = await unlockWithPhrase(phrase);
    setBusy(false);
    setError(failure);
    if (failure) setPhrase('');
  }

  return (
    <form className="card unlock-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="phrase-unlock-title">
      <h2 id="phrase-unlock-title" tabIndex={-1} ref={title}>
        {t('lock.phrase.title')}
      </h2>
      <p>{t('lock.phrase.intro')}</p>
      <PhraseInput value={phrase} onChange={setPhrase} />
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="primary" {...busyProps(busy)}>
          {busy ? t('lock.phrase.working') : t('lock.phrase.unlock')}
        </button>
        <button type="button" onClick={onBack}>
          {t('lock.phrase.back')}
        </button>
      </div>
    </form>
  );
}
