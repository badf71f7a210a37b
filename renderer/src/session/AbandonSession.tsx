import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionState } from '../../../shared/session/state';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useSessionStore, type Send } from '../stores/session-store';
import { busyProps } from './busy';

/**
 * Leaving the session from any step, with a short reason that the record keeps: outcome
 * « interrompue ». Never a dead end, even without a mandate.
 */
export function AbandonSession({ state, send }: { state: SessionState; send: Send }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  // Once the person's screen was shared, Quick Assist may still be open on both sides.
  const connected = state.control.everGranted || state.history.some((v) => v.step === 'share');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setError(await send({ type: 'abandon', reason }));
  }

  return (
    <div className="abandon">
      <button type="button" aria-expanded={open} aria-controls="abandon-form" onClick={() => setOpen((v) => !v)}>
        {t('session.abandon.open')}
      </button>
      {open && (
        <form id="abandon-form" className="card" onSubmit={(e) => void submit(e)} noValidate>
          {state.control.active && <p className="warning">{t('session.abandon.controlActive')}</p>}
          {connected && <p className="hint">{t('session.abandon.connected')}</p>}
          <Field label={t('session.abandon.reason')} hint={t('session.abandon.hint')}>
            {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
          </Field>
          <ErrorMessage error={error} />
          <button type="submit" className="danger" {...busyProps(busy)}>
            {t('session.abandon.confirm')}
          </button>
        </form>
      )}
    </div>
  );
}
