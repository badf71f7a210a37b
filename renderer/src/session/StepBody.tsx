import type { SessionView } from '../../../shared/session/calls';
import type { Send } from '../stores/session-store';
import { ClosingStep } from './ClosingStep';
import { CodeBoxConfirm } from './CodeBoxConfirm';
import { CodeSpelling } from './CodeDisplay';
import { CodeForm } from './CodeForm';
import { EndSharingStep } from './EndSharingStep';
import { ControlToggle } from './ControlToggle';
import { PreparationStep } from './PreparationStep';
import { QuestionsStep } from './QuestionsStep';
import { RecapView } from './RecapView';
import { WorkStep } from './WorkStep';

/** What the current step asks of the helper beyond its talking points. */
export function StepBody({ view, send }: { view: SessionView; send: Send }) {
  const { state } = view;
  switch (state.step) {
    case 'preparation':
      return <PreparationStep view={view} send={send} />;
    case 'call':
      return <CodeBoxConfirm state={state} send={send} />;
    case 'code':
    case 'entry': {
      // No code before the person has the code box in front of them (its minutes are short).
      if (state.step === 'code' && !state.codeBoxReady) return <CodeBoxConfirm state={state} send={send} />;
      // The code strip (CodeCountdown) shows the code and its time; here, the words to dictate it,
      // the same code typed again when a restart forgot it (it is never stored), or, once it has
      // expired, the form for a new one.
      const code = state.code;
      if (code?.status === 'pending' && code.noted && view.dictationCode === null) return <CodeForm send={send} retype />;
      if (code?.status === 'pending') return <CodeSpelling code={view.dictationCode} />;
      if (code?.status === 'expired') return <CodeForm send={send} renew />;
      return state.step === 'code' ? <CodeForm send={send} /> : null;
    }
    case 'control':
      return <ControlToggle active={state.control.active} send={send} />;
    case 'work':
      return <WorkStep view={view} send={send} />;
    case 'end_control':
      return <ControlToggle active={state.control.active} send={send} />;
    case 'end_sharing':
      return <EndSharingStep state={state} send={send} />;
    case 'recap':
      return <RecapView view={view} />;
    case 'questions':
      return <QuestionsStep state={state} send={send} />;
    case 'closing':
      return <ClosingStep view={view} send={send} />;
    default:
      return null;
  }
}
