import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionView } from '../../../shared/session/calls';
import { countdownView, phaseToAnnounce, type CountdownPhase } from '../../../shared/session/countdown';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSettingsStore } from '../stores/settings-store';
import { CodeDisplay } from './CodeDisplay';
import { useTakeFocus } from './focus-handoff';
import type { Send } from '../stores/session-store';
import { beep } from './sound';
import { useNow } from './use-now';
import { useStickyInset } from './use-sticky-inset';

/**
 * The code and its countdown, from the stored deadline and the current instant, in a strip stuck
 * to the top of the panel: once a code exists it stays in sight at every step, whatever the
 * helper scrolls to, until the person is connected. The spelling aid and the form for a new code
 * live in the step itself (StepBody), where there is room. The live region speaks only when a
 * threshold is crossed (2:00, 0:30, expired), never every second.
 */
export function CodeCountdown({ view, send }: { view: SessionView; send: Send }) {
  const code = view.state.code;
  if (!code || code.status === 'cleared') return null;
  return (
    <LiveCountdown key={code.deadline} deadline={code.deadline} code={view.dictationCode} storedExpired={code.status === 'expired'} send={send} />
  );
}

interface LiveProps {
  deadline: number;
  /** Held in the service's memory only: null after a restart even when it was noted. */
  code: string | null;
  storedExpired: boolean;
  send: Send;
}

function LiveCountdown({ deadline, code, storedExpired, send }: LiveProps) {
  const { t } = useTranslation();
  const sound = useSettingsStore((s) => s.settings.countdownSound);
  const now = useNow();
  const previous = useRef(now);
  const expirySent = useRef(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const stripRef = useRef<HTMLElement>(null);
  useTakeFocus('countdown', titleRef, { preventScroll: true });
  useStickyInset(stripRef, 'top');
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const cd = countdownView(deadline, now);
  const phase: CountdownPhase = storedExpired ? 'expired' : cd.phase;

  useEffect(() => {
    const crossed = phaseToAnnounce(deadline, previous.current, now);
    previous.current = now;
    if (crossed) {
      setAnnounce(t(`session.countdown.announce.${crossed}`));
      if (sound) beep(crossed === 'warning' ? 1 : 2);
    }
    // The log records the expiry; the service checks it against its own clock.
    if (cd.phase === 'expired' && !storedExpired && !expirySent.current) {
      expirySent.current = true;
      void send({ type: 'expire_code' }).then(setError);
    }
  }, [now, deadline, cd.phase, storedExpired, send, sound, t]);

  return (
    <section ref={stripRef} className={`countdown code-strip phase-${phase}`} aria-labelledby="countdown-title">
      <h2 id="countdown-title" tabIndex={-1} ref={titleRef}>
        {t('session.countdown.title')}
      </h2>
      <div className="code-strip-row">
        <CodeDisplay code={code} />
        {phase === 'expired' ? (
          <p className="countdown-time expired">{t('session.countdown.expired')}</p>
        ) : (
          <p className="countdown-time">
            <span className="visually-hidden">{t('session.countdown.remaining')} </span>
            <time>{cd.label}</time>
          </p>
        )}
      </div>
      {phase !== 'ok' && phase !== 'expired' && <p className="countdown-warning">{t(`session.countdown.${phase}`)}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}
