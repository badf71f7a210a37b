import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionView } from '../../../shared/session/calls';
import { ErrorMessage } from '../components/ErrorMessage';
import { EquipmentFacts } from '../components/EquipmentFacts';
import { Field } from '../components/Field';
import { WithdrawnText } from '../components/WithdrawnText';
import { useQuery } from '../stores/query';
import { useSessionStore } from '../stores/session-store';
import type { Send } from '../stores/session-store';
import { busyProps } from './busy';
import { HelperChooser } from './HelperChooser';
import { TodayPlan } from './TodayPlan';
import { useMessage } from '../i18n/messages';

/**
 * The mandate check, in the check's own sentence (keyed), who helps, and what is planned today.
 * Without a valid mandate the session cannot leave this step unless the helper writes why (the
 * reason is logged) — or leaves the session (« Interrompre la séance », below the steps).
 */
export function PreparationStep({ view, send }: { view: SessionView; send: Send }) {
  const { t } = useTranslation();
  const text = useMessage();
  const busy = useSessionStore((s) => s.busy);
  const { state, mandate } = view;
  // The person's computer and rehearsal, from their file: what to expect of the connection.
  const person = useQuery('getPerson', { id: view.personId }, { refreshOn: ['personsChanged', 'mandatesChanged'] }).data;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const startable = state.mandateStatus === 'valid' || state.mandateStatus === 'expiring';

  async function override(e: FormEvent) {
    e.preventDefault();
    setError(await send({ type: 'override_mandate', reason }));
  }

  return (
    <div className="preparation">
      <div className={startable ? 'mandate-check ok' : 'mandate-check blocked'} role="group" aria-label={t('session.mandate.label')}>
        <p>
          <strong>{startable ? t('session.mandate.ok') : t('session.mandate.blocked')}</strong> {text(mandate)}
        </p>
        {/* Today's plan lists the actions when there is one to choose; withdrawn ones stay in sight either way. */}
        {(view.planCandidates.length === 0 ? mandate.scopeItems.length : 0) + mandate.withdrawn.length > 0 && (
          <>
            <p>{t('session.mandate.scope')}</p>
            <ul>
              {(view.planCandidates.length === 0 ? mandate.scopeItems : []).map((i) => (
                <li key={i.id}>{i.label}</li>
              ))}
              {/* Withdrawn actions stay in sight, struck with their date: never done, never guarded. */}
              {mandate.withdrawn.map((i) => (
                <li key={i.id} className="withdrawn">
                  <WithdrawnText line={{ label: i.label, withdrawal: { date: i.date, begun: true } }} />
                </li>
              ))}
            </ul>
          </>
        )}
        <button type="button" {...busyProps(busy)} onClick={() => void send({ type: 'recheck_mandate', mandateStatus: 'none' }).then(setError)}>
          {t('session.mandate.recheck')}
        </button>
      </div>
      {person && (
        <section className="preparation-equipment" aria-labelledby="prep-equipment-title">
          <h3 id="prep-equipment-title">{t('persons.equipment')}</h3>
          <EquipmentFacts person={person} warn />
        </section>
      )}
      {!startable && state.overrideReason === null && (
        <form onSubmit={override} className="override">
          <Field label={t('session.mandate.reasonLabel')} hint={t('session.mandate.reasonHint')}>
            {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
          </Field>
          <button type="submit" {...busyProps(busy)}>
            {t('session.mandate.override')}
          </button>
        </form>
      )}
      {state.overrideReason !== null && <p className="override-logged">{t('session.mandate.overridden', { reason: state.overrideReason })}</p>}
      <HelperChooser
        label={t('helpers.chooser.session')}
        chosenId={state.helper?.id ?? null}
        busy={busy}
        onChoose={(h) => void send({ type: 'choose_helper', helperId: h.id }).then(setError)}
      />
      <TodayPlan view={view} send={send} />
      <ErrorMessage error={error} />
    </div>
  );
}
