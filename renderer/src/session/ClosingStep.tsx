import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { HYGIENE_ITEMS } from '../../../shared/session/hygiene';
import type { SessionView } from '../../../shared/session/calls';
import { OUTCOMES, type Outcome } from '../../../shared/session/event-values';
import { buildRecap } from '../../../shared/session/recap';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSessionStore } from '../stores/session-store';
import type { Send } from '../stores/session-store';
import { busyProps } from './busy';
import { HygieneCheck } from './HygieneCheck';

/**
 * The end-of-session checklist and the outcome; closing makes the session read-only. The outcome
 * offered is the one the recap reads from today's plan (every planned line done: « terminée »).
 */
export function ClosingStep({ view, send }: { view: SessionView; send: Send }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const { state } = view;
  const suggested = buildRecap(state, view.mandate.scopeItems.map((i) => i.label)).suggestedOutcome;
  const [outcome, setOutcome] = useState<Outcome>(suggested);
  const [error, setError] = useState<AppErrorValue | null>(null);
  async function close(e: FormEvent) {
    e.preventDefault();
    setError(await send({ type: 'close', outcome }));
  }
  return (
    <form className="closing" onSubmit={close}>
      <fieldset>
        <legend>{t('session.closing.hygiene')}</legend>
        {HYGIENE_ITEMS.map((item) => (
          <HygieneCheck key={item.id} item={item} state={state} send={send} onError={setError} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('session.closing.outcome')}</legend>
        <p className="hint">{t('session.closing.suggested', { outcome: t(`session.outcome.${suggested}`) })}</p>
        {OUTCOMES.map((o) => (
          <div key={o} className="check">
            <input id={`outcome-${o}`} type="radio" name="outcome" checked={outcome === o} onChange={() => setOutcome(o)} />
            <label htmlFor={`outcome-${o}`}>{t(`session.outcome.${o}`)}</label>
          </div>
        ))}
      </fieldset>
      <ErrorMessage error={error} />
      <button type="submit" className="primary" {...busyProps(busy)}>
        {t('session.closing.close')}
      </button>
    </form>
  );
}
