import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../../shared/session/state';
import { stepProgress } from '../../../shared/session/state';
import { STEP_IDS, stepIndex } from '../../../shared/session/step-ids';
import { stepTitle } from '../../../shared/session/step-guides';
import { useMessage } from '../i18n/messages';

/** Where the session stands: every step, the current one marked for eyes and screen readers. */
export function StepList({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const message = useMessage();
  return (
    <nav aria-label={t('session.steps.label')} className="step-list">
      <p className="step-count">{t('session.steps.count', { index: stepIndex(state.step) + 1, total: STEP_IDS.length })}</p>
      <ol>
        {stepProgress(state, STEP_IDS).map(({ step, status }) => (
          <li key={step} className={`step-${status}`} aria-current={status === 'current' ? 'step' : undefined}>
            <span className="step-mark" aria-hidden="true">
              {status === 'visited' ? '✓' : status === 'skipped' ? '↷' : status === 'current' ? '●' : '○'}
            </span>{' '}
            {message(stepTitle(step))}
            {status !== 'current' && status !== 'upcoming' && <span className="visually-hidden"> ({t(`session.steps.${status}`)})</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
