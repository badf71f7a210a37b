import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { msg } from '../../../shared/messages/message';
import { STEP_GUIDES, stepInstruction } from '../../../shared/session/step-guides';
import { ErrorMessage } from '../components/ErrorMessage';
import { useMessage } from '../i18n/messages';
import { CodeCountdown } from '../session/CodeCountdown';
import { StepBody } from '../session/StepBody';
import { StepNav } from '../session/StepNav';
import { TalkingPoints } from '../session/TalkingPoints';
import { useSessionStore } from '../stores/session-store';

/**
 * What stays in sight while the app is locked and a security code is counting down: the
 * countdown and the current step, so the call goes on. Nothing else of the person (no name,
 * notes, history) and nothing of anyone else; the main process answers only this session.
 */
export function PinnedPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const view = useSessionStore((s) => s.view);
  const open = useSessionStore((s) => s.open);
  const send = useSessionStore((s) => s.send);
  const [navError, setNavError] = useState<AppErrorValue | null>(null);

  useEffect(() => {
    if (useSessionStore.getState().view?.id !== sessionId) void open(sessionId);
  }, [open, sessionId]);

  if (!view || view.id !== sessionId || view.state.closed) return null;
  const guide = STEP_GUIDES[view.state.step];
  // The code strip is a child of the lock screen itself, not of this section: stuck to the top, it
  // then stays in sight down to the unlock form below the step.
  return (
    <>
      <CodeCountdown view={view} send={send} />
      <section className="pinned-panel session-panel" aria-labelledby="pinned-title" data-testid="pinned-panel">
        <h2 id="pinned-title">{t('lock.pinned.title')}</h2>
        <p className="hint">{t('lock.pinned.hint')}</p>
        <section className="step card" aria-labelledby="pinned-step-title">
          <h3 id="pinned-step-title">{message(msg(guide.title))}</h3>
          <p className="instruction">{message(stepInstruction(view.state.step))}</p>
          <TalkingPoints state={view.state} send={send} />
          <StepBody view={view} send={send} />
        </section>
        <ErrorMessage error={navError} />
        <StepNav state={view.state} send={send} onError={setNavError} />
      </section>
    </>
  );
}
