import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSessionStore } from '../stores/session-store';
import { ClosedSession } from './ClosedSession';
import { SessionPanel } from './SessionPanel';

/** The session view: the live panel, or the read-only record once the session is closed. */
export function SessionScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const view = useSessionStore((s) => s.view);
  const error = useSessionStore((s) => s.error);
  const show = useSessionStore((s) => s.show);

  useEffect(() => {
    void show(sessionId);
  }, [show, sessionId]);

  if (!view || view.id !== sessionId) {
    return (
      <section aria-label={t('session.loading')}>
        <ErrorMessage error={error} />
      </section>
    );
  }
  return view.state.closed ? <ClosedSession view={view} /> : <SessionPanel view={view} />;
}
