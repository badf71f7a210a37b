import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { isStepId } from '../../../shared/session/step-ids';
import { stepTitle } from '../../../shared/session/step-guides';
import { useMessage } from '../i18n/messages';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNavStore } from '../stores/nav-store';
import { useQuery } from '../stores/query';
import { useSessionStore } from '../stores/session-store';

/** On a person's file: start a session (the mandate is checked at its first step) and the past ones. */
export function PersonSessions({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const go = useNavStore((s) => s.go);
  const start = useSessionStore((s) => s.start);
  const listed = useQuery('listPersonSessions', { personId });
  const sessions = listed.data ?? [];
  const [startError, setStartError] = useState<AppErrorValue | null>(null);
  const error = startError ?? listed.error;

  const open = sessions.find((s) => s.closedAt === null);
  const date = (at: number) => new Date(at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });

  return (
    <section aria-labelledby="person-sessions-title" className="person-sessions">
      <h2 id="person-sessions-title">{t('session.person.title')}</h2>
      <ErrorMessage error={error} />
      {open ? (
        <button type="button" className="primary" onClick={() => go({ name: 'session', sessionId: open.id })}>
          {t('session.person.resume')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => void start(personId).then(setStartError)}>
          {t('session.person.start')}
        </button>
      )}
      <button type="button" className="link" onClick={() => go({ name: 'history', personId })}>{t('history.personLink')}</button>
      {sessions.length === 0 ? (
        <p>{t('session.person.none')}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <button type="button" className="link" onClick={() => go({ name: 'session', sessionId: s.id })}>
                {date(s.startedAt)} —{' '}
                {s.closedAt === null
                  ? t('session.person.openAt', { step: isStepId(s.currentStep) ? message(stepTitle(s.currentStep)) : s.currentStep })
                  : t(`session.outcome.${s.outcome ?? 'aborted'}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
