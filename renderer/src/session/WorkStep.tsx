import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session/calls';
import { sessionElapsed } from '../../../shared/session/elapsed';
import type { Send } from '../stores/session-store';
import { ChecklistItem } from './ChecklistItem';
import { ControlToggle } from './ControlToggle';
import { useNow } from './use-now';

/**
 * The work: today's plan as a checklist (a log written before plans: every action of the
 * mandate), the mandate's other actions folded away below, time against the planned length.
 * The scope guard stays visible at every step (SessionPanel).
 */
export function WorkStep({ view, send }: { view: SessionView; send: Send }) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const { state, mandate } = view;
  const elapsed = sessionElapsed(state, now, mandate.sessionMinutes);
  const planned = state.plan ?? mandate.scopeItems;
  const plannedIds = new Set(planned.map((p) => p.id));
  const others = mandate.scopeItems.filter((i) => !plannedIds.has(i.id));
  const item = (i: { id: string; label: string }) => <ChecklistItem key={i.id} item={i} entry={state.checklist.find((e) => e.itemId === i.id)} send={send} />;
  return (
    <div className="work">
      <ControlToggle active={state.control.active} send={send} />
      <p className={elapsed.exceeded ? 'elapsed exceeded' : 'elapsed'}>
        {elapsed.plannedLabel ? t('session.work.elapsed', { elapsed: elapsed.label, planned: elapsed.plannedLabel }) : t('session.work.elapsedNoPlan', { elapsed: elapsed.label })}
        {elapsed.exceeded && <strong> {t('session.work.exceeded')}</strong>}
      </p>
      <section aria-labelledby="checklist-title">
        <h3 id="checklist-title">{t('session.work.checklist')}</h3>
        {planned.length === 0 ? <p>{t('session.work.noScope')}</p> : <ul className="checklist">{planned.map(item)}</ul>}
        {state.plan !== null && others.length > 0 && (
          <details className="other-actions">
            <summary>{t('session.work.others', { count: others.length })}</summary>
            <ul className="checklist">{others.map(item)}</ul>
          </details>
        )}
        {mandate.exclusions.length > 0 && (
          <>
            <p className="exclusions-title">{t('session.work.exclusions')}</p>
            <ul className="exclusions">
              {mandate.exclusions.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
