import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionView } from '../../../shared/session/calls';
import { countdownView, phaseToAnnounce, type CountdownPhase } from '../../../shared/session/countdown';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSettingsStore } from '../stores/settings-store';
import { CodeDisplay } from './CodeDisplay';
import { CodeForm } from './CodeForm';
import { useTakeFocus } from './focus-handoff';
import type { Send } from '../stores/session-store';
import { beep } from './sound';
import { useNow } from './use-now';

/**
 * The code's countdown, from the stored deadline and the current instant. The live region
 * speaks only when a threshold is crossed (2:00, 0:30, expired), never every second.
 */
export function CodeCountdown({ view, send }: { view: SessionView; send: Send }) {
  const code = view.state.code;
  if (!code || code.status === 'cleared') return null;
  return (
    <LiveCountdown key={code.deadline} deadline={code.deadline} code={view.dictationCode} noted={code.noted} storedExpired={code.status === 'expired'} send={send} />
  );
}

interface LiveProps {
  deadline: number;
  /** Held in the service's memory only: null after a restart even when it was noted. */
  code: string | null;
  noted: boolean;
  storedExpired: boolean;
  send: Send;
}

function LiveCountdown({ deadline, code, noted, storedExpired, send }: LiveProps) {
  const { t } = useTranslation();
  const sound = useSettingsStore((s) => s.settings.countdownSound);
  const now = useNow();
  const previous = useRef(now);
  const expirySent = useRef(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useTakeFocus('countdown', titleRef);
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
    <section className={`countdown card phase-${phase}`} aria-labelledby="countdown-title">
      <h2 id="countdown-title" tabIndex={-1} ref={titleRef}>{t('session.countdown.title')}</h2>
      {code === null && noted && phase !== 'expired' ? <CodeForm send={send} retype /> : <CodeDisplay code={code} />}
      {phase === 'expired' ? (
        <>
          <p className="countdown-time expired">{t('session.countdown.expired')}</p>
          <CodeForm send={send} renew />
        </>
      ) : (
        <p className="countdown-time">
          <span className="visually-hidden">{t('session.countdown.remaining')} </span>
          <time>{cd.label}</time>
          {phase !== 'ok' && <span className="countdown-warning"> {t(`session.countdown.${phase}`)}</span>}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}
