import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionState } from '../../../shared/session/state';
import { stepAfter, stepBefore } from '../../../shared/session/step-ids';
import { Field } from '../components/Field';
import { useSessionStore } from '../stores/session-store';
import type { Send } from '../stores/session-store';
import { busyProps } from './busy';

/** Back, next, and skip with a reason: every move is a logged command. */
export function StepNav({ state, send, onError }: { state: SessionState; send: Send; onError(e: AppErrorValue | null): void }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  const hasNext = stepAfter(state.step) !== null;

  async function skip(e: FormEvent) {
    e.preventDefault();
    if (busy) return; // the store would ignore it: keep the form and its reason
    const failure = await send({ type: 'skip', reason });
    onError(failure);
    if (!failure) {
      setSkipping(false);
      setReason('');
    }
  }

  return (
    <div className="step-nav">
      <div className="actions">
        <button type="button" disabled={stepBefore(state.step) === null} {...busyProps(busy)} onClick={() => void send({ type: 'back' }).then(onError)}>
          ← {t('session.nav.back')}
        </button>
        {hasNext && (
          <button type="button" className="primary" {...busyProps(busy)} onClick={() => void send({ type: 'next' }).then(onError)}>
            {t('session.nav.next')} →
          </button>
        )}
        {hasNext && (
          <button type="button" aria-expanded={skipping} aria-controls="skip-form" onClick={() => setSkipping((v) => !v)}>
            {t('session.nav.skip')}
          </button>
        )}
      </div>
      {skipping && (
        <form id="skip-form" className="card" onSubmit={skip}>
          <Field label={t('session.nav.skipReason')} hint={t('session.nav.skipHint')}>
            {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
          </Field>
          <button type="submit" {...busyProps(busy)}>
            {t('session.nav.skipConfirm')}
          </button>
        </form>
      )}
    </div>
  );
}
