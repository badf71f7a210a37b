import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionView } from '../../../shared/session/calls';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSessionStore } from '../stores/session-store';
import { ClosingStep } from './ClosingStep';
import { CodeForm } from './CodeForm';
import { PreparationStep } from './PreparationStep';
import { QuestionsStep } from './QuestionsStep';
import { RecapView } from './RecapView';
import type { Send } from './SessionPanel';
import { WorkStep } from './WorkStep';
import { busyProps } from './busy';

/** What the current step asks of the helper beyond its talking points. */
export function StepBody({ view, send }: { view: SessionView; send: Send }) {
  const { state } = view;
  switch (state.step) {
    case 'preparation':
      return <PreparationStep view={view} send={send} />;
    case 'code':
      // With a live code the countdown block shows it; a new one is offered once it expires.
      return state.code && state.code.status !== 'cleared' ? null : <CodeForm send={send} />;
    case 'control':
      return <ControlToggle active={state.control.active} send={send} />;
    case 'work':
      return <WorkStep view={view} send={send} />;
    case 'end_control':
      return <ControlToggle active={state.control.active} send={send} />;
    case 'recap':
      return <RecapView view={view} />;
    case 'questions':
      return <QuestionsStep state={state} send={send} />;
    case 'closing':
      return <ClosingStep state={state} send={send} />;
    default:
      return null;
  }
}

/** Control given or stopped: logged as it happens, so the record says when the helper had the hand. */
export function ControlToggle({ active, send }: { active: boolean; send: Send }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [error, setError] = useState<AppErrorValue | null>(null);
  return (
    <div className="control-toggle">
      <p className={active ? 'control-on' : 'control-off'}>{active ? t('session.control.on') : t('session.control.off')}</p>
      <button type="button" className={active ? 'danger' : 'primary'} {...busyProps(busy)} onClick={() => void send({ type: active ? 'stop_control' : 'grant_control' }).then(setError)}>
        {active ? t('session.control.stop') : t('session.control.grant')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
