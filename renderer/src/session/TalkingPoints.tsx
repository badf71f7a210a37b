import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { isPointSaid, type SessionState } from '../../../shared/session/state';
import { ANTI_SCAM_POINT_ID, DEFAULT_TALKING_POINTS, resolveTalkingPoints, talkingPointsFor, withQuickAssistName } from '../../../shared/session/talking-points';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSettingsStore } from '../stores/settings-store';
import type { Send } from '../stores/session-store';

/** What to say now; ticking one logs it (the tick shows only once the log holds it). */
export function TalkingPoints({ state, send }: { state: SessionState; send: Send }) {
  const { t } = useTranslation();
  const overrides = useSettingsStore((s) => s.settings.talkingPointOverrides);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const points = talkingPointsFor(resolveTalkingPoints(DEFAULT_TALKING_POINTS, overrides), state.step);
  return (
    <fieldset className="talking-points">
      <legend>{t('session.points.legend')}</legend>
      <ul>
        {points.map((p) => {
          const said = isPointSaid(state, state.step, p.id);
          const id = `point-${p.id}`;
          // The name Quick Assist shows for this session's helper, for the person to check.
          const filled = withQuickAssistName(p.text, state.helper?.quickAssistName);
          return (
            <li key={p.id} className={p.id === ANTI_SCAM_POINT_ID ? 'anti-scam' : undefined}>
              <input
                id={id}
                type="checkbox"
                checked={said}
                // Said once for good; not `disabled`, which would drop the focus of the box just ticked.
                aria-disabled={said || undefined}
                onChange={() => !said && void send({ type: 'say_point', pointId: p.id }).then(setError)}
              />
              <label htmlFor={id}>
                {p.id === ANTI_SCAM_POINT_ID && <strong>{t('session.points.antiScam')} </strong>}
                {/* Said to the person: French whatever the UI language. */}
                <span lang="fr">{`«\u00a0${filled.text}\u00a0»`}</span>
              </label>
              {filled.nameMissing && <p className="warning">{t('session.points.nameMissing')}</p>}
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('session.points.hint')}</p>
      <ErrorMessage error={error} />
    </fieldset>
  );
}
