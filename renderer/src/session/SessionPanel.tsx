import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { msg } from '../../../shared/messages/message';
import type { SessionView } from '../../../shared/session/calls';
import { STEP_GUIDES, stepInstruction } from '../../../shared/session/step-guides';
import { ErrorMessage } from '../components/ErrorMessage';
import { useFocusIfLost } from '../components/use-focus-if-lost';
import { useMessage } from '../i18n/messages';
import { useLayout } from '../stores/layout-actions';
import { useSessionStore } from '../stores/session-store';
import { AbandonSession } from './AbandonSession';
import { CodeCountdown } from './CodeCountdown';
import { CompactToggle } from './LayoutControls';
import { NotesBox } from './NotesBox';
import { ScopeGuardField } from './ScopeGuardField';
import { ShortcutsHelp } from './ShortcutsHelp';
import { StepBody } from './StepBody';
import { StepList } from './StepList';
import { StepNav } from './StepNav';
import { TalkingPoints } from './TalkingPoints';
import { Troubleshooting } from './Troubleshooting';
import { useShortcuts } from './use-shortcuts';

/**
 * What the helper looks at during the call, pinned beside Quick Assist (380 px wide): the code
 * strip stuck to the top, the step with its words to say, the step buttons stuck to the bottom.
 */
export function SessionPanel({ view }: { view: SessionView }) {
  const { t } = useTranslation();
  const message = useMessage();
  const send = useSessionStore((s) => s.send);
  const layout = useLayout();
  const [navError, setNavError] = useState<AppErrorValue | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef<HTMLElement>(null);
  useFocusIfLost(titleRef);
  const { state } = view;
  const guide = STEP_GUIDES[state.step];
  useNewStepInSight(stepRef, state.step);

  const shortcuts = useMemo(
    () => ({
      next: () => void send({ type: 'next' }).then(setNavError),
      back: () => void send({ type: 'back' }).then(setNavError),
      note: () => noteRef.current?.focus(),
      // The scope guard is always on the panel: the shortcut focuses its field.
      scope: () => document.querySelector<HTMLElement>('[data-scope-guard] input, [data-scope-guard] textarea')?.focus(),
    }),
    [send],
  );
  useShortcuts(shortcuts, true);

  // In the compact panel the step buttons are a bar stuck to the bottom of the window: last in the
  // panel, where they show, so that a bar stuck to the bottom never scrolls away above the notes.
  const nav = <StepNav state={state} send={send} onError={setNavError} />;

  return (
    <article className={`session-panel layout-${layout}`} aria-labelledby="session-title">
      <header className="session-head">
        <h1 id="session-title" tabIndex={-1} ref={titleRef}>{t('session.title', { name: view.personName })}</h1>
        {layout === 'full' && <CompactToggle />}
      </header>
      <CodeCountdown view={view} send={send} />
      <StepList state={state} />
      <section className="step card" aria-labelledby="step-title" ref={stepRef}>
        <h2 id="step-title">{message(msg(guide.title))}</h2>
        <p className="instruction">{message(stepInstruction(state.step))}</p>
        <TalkingPoints state={state} send={send} />
        <StepBody view={view} send={send} />
      </section>
      <ErrorMessage error={navError} />
      {layout === 'full' && nav}
      <AbandonSession state={state} send={send} />
      <section data-scope-guard aria-label={t('session.work.scopeGuard')}>
        <ScopeGuardField
          scope={view.mandate.guardScope}
          exclusions={view.mandate.exclusions}
          history={state.scopeChecks}
          readOnly={state.closed}
          send={send}
        />
      </section>
      <Troubleshooting state={state} send={send} />
      <NotesBox state={state} send={send} inputRef={noteRef} />
      <ShortcutsHelp />
      {layout === 'panel' && nav}
    </article>
  );
}

/**
 * A new step starts with its title and its first words to say: when the helper had scrolled down
 * the previous one, the new step is brought back under the code strip (scroll padding, styles.css).
 */
function useNewStepInSight(ref: RefObject<HTMLElement | null>, step: string) {
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const element = ref.current;
    const strip = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sticky-top')) || 0;
    if (element && element.getBoundingClientRect().top < strip) element.scrollIntoView({ block: 'start' });
  }, [ref, step]);
}
