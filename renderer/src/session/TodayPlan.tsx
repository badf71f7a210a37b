import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionView } from '../../../shared/session/calls';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSessionStore, type Send } from '../stores/session-store';
import { busyProps } from './busy';

/**
 * « Au programme aujourd’hui »: what of the mandate (and of the requests it now covers) is planned
 * for this session. Each tick logs the whole plan; the recap reports on it, not on the whole mandate.
 */
export function TodayPlan({ view, send }: { view: SessionView; send: Send }) {
  const { t, i18n } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const candidates = view.planCandidates;
  if (candidates.length === 0) return null;
  const chosen = new Set((view.state.plan ?? []).map((p) => p.id));
  const date = (at: number) => new Date(at).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'Europe/Paris' });

  function toggle(id: string, on: boolean) {
    const next = candidates.filter((c) => (c.id === id ? on : chosen.has(c.id)));
    void send({ type: 'set_plan', items: next.map((c) => ({ id: c.id })) }).then(setError);
  }

  return (
    <fieldset className="today-plan">
      <legend>{t('session.plan.legend')}</legend>
      <p className="hint">{t('session.plan.hint')}</p>
      {candidates.map((c) => (
        <div key={c.id} className="check check-detail">
          <input id={`plan-${c.id}`} type="checkbox" checked={chosen.has(c.id)} {...busyProps(busy)} onChange={(e) => toggle(c.id, e.target.checked)} />
          <label htmlFor={`plan-${c.id}`}>{c.label}</label>
          {c.requestedAt !== undefined && (
            <p className="hint">
              {c.coveredBy ? t('session.plan.coveredRequest', { date: date(c.requestedAt), item: c.coveredBy }) : t('session.plan.request', { date: date(c.requestedAt) })}
            </p>
          )}
        </div>
      ))}
      <ErrorMessage error={error} />
    </fieldset>
  );
}
