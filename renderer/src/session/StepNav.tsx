import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionState } from '../../../shared/session/state';
import { stepAfter, stepBefore } from '../../../shared/session/step-ids';
import { Field } from '../components/Field';
import { useSessionStore } from '../stores/session-store';
import type { Send } from '../stores/session-store';
import { busyProps } from './busy';
import { useStickyInset } from './use-sticky-inset';

/**
 * Back and next, in a bar stuck to the bottom of the panel so that « Étape suivante » is in reach
 * without scrolling, whatever the step holds; then skip with a reason. Every move is a logged command.
 */
export function StepNav({ state, send, onError }: { state: SessionState; send: Send; onError(e: AppErrorValue | null): void }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  const barRef = useRef<HTMLDivElement>(null);
  useStickyInset(barRef, 'bottom');
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
    <>
      <div className="step-nav actions" ref={barRef}>
        <button type="button" className="nav-back" disabled={stepBefore(state.step) === null} {...busyProps(busy)} onClick={() => void send({ type: 'back' }).then(onError)}>
          ← <span className="nav-label">{t('session.nav.back')}</span>
        </button>
        {hasNext && (
          <button type="button" className="primary nav-next" {...busyProps(busy)} onClick={() => void send({ type: 'next' }).then(onError)}>
            {t('session.nav.next')} →
          </button>
        )}
      </div>
      {hasNext && (
        <div className="step-skip">
          <button type="button" aria-expanded={skipping} aria-controls="skip-form" onClick={() => setSkipping((v) => !v)}>
            {t('session.nav.skip')}
          </button>
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
      )}
    </>
  );
}
