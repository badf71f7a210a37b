import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/session/calls';
import { stepTitle } from '../../../shared/session/step-guides';
import { useMessage } from '../i18n/messages';
import { useFocusIfLost } from '../components/use-focus-if-lost';
import { useNavStore } from '../stores/nav-store';
import { RecapView } from './RecapView';

/** A closed session: read only, nothing here sends a command. */
export function ClosedSession({ view }: { view: SessionView }) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const go = useNavStore((s) => s.go);
  const { state } = view;
  const titleRef = useRef<HTMLHeadingElement>(null);
  useFocusIfLost(titleRef);
  const time = (at: number) => new Date(at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'Europe/Paris' });
  return (
    <article aria-labelledby="closed-title" className="closed-session">
      <button type="button" className="no-print" onClick={() => go({ name: 'person', personId: view.personId })}>
        ← {t('session.closed.back', { name: view.personName })}
      </button>
      <h1 id="closed-title" tabIndex={-1} ref={titleRef}>{t('session.closed.title', { name: view.personName })}</h1>
      <p className="read-only">{t('session.closed.readOnly')}</p>
      <dl className="facts">
        <dt>{t('session.closed.outcome')}</dt>
        <dd>{state.outcome ? t(`session.outcome.${state.outcome}`) : '—'}</dd>
        <dt>{t('session.closed.when')}</dt>
        <dd>
          {state.startedAt !== null && time(state.startedAt)} → {state.closedAt !== null && time(state.closedAt)}
        </dd>
        <dt>{t('session.closed.helper')}</dt>
        <dd>{view.helperName || '—'}</dd>
        {state.closeReason && (
          <>
            <dt>{t('session.closed.reason')}</dt>
            <dd>{state.closeReason}</dd>
          </>
        )}
        {state.overrideReason && (
          <>
            <dt>{t('session.closed.override')}</dt>
            <dd>{state.overrideReason}</dd>
          </>
        )}
      </dl>
      <RecapView view={view} />
      <section aria-labelledby="history-title" className="no-print">
        <h2 id="history-title">{t('session.closed.history')}</h2>
        <ol>
          {state.history.map((h, i) => (
            <li key={i}>
              {time(h.at)} — {message(stepTitle(h.step))} {h.reason && <span>({h.reason})</span>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
