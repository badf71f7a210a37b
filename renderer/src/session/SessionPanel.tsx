import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionView } from '../../../shared/session/calls';
import { DEFAULT_STEP_GUIDES } from '../../../shared/session/talking-points';
import { ErrorMessage } from '../components/ErrorMessage';
import { useFocusIfLost } from '../components/use-focus-if-lost';
import { useSessionStore } from '../stores/session-store';
import { AbandonSession } from './AbandonSession';
import { CodeCountdown } from './CodeCountdown';
import { LayoutControls } from './LayoutControls';
import { NotesBox } from './NotesBox';
import { ScopeGuardField } from './ScopeGuardField';
import { ShortcutsHelp } from './ShortcutsHelp';
import { StepBody } from './StepBody';
import { StepList } from './StepList';
import { StepNav } from './StepNav';
import { TalkingPoints } from './TalkingPoints';
import { Troubleshooting } from './Troubleshooting';
import { useShortcuts } from './use-shortcuts';

/** What the helper looks at during the call, pinned beside Quick Assist. */
export function SessionPanel({ view }: { view: SessionView }) {
  const { t } = useTranslation();
  const send = useSessionStore((s) => s.send);
  const layout = useSessionStore((s) => s.layout);
  const [navError, setNavError] = useState<AppErrorValue | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useFocusIfLost(titleRef);
  const { state } = view;
  const guide = DEFAULT_STEP_GUIDES[state.step];

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

  return (
    <article className={`session-panel layout-${layout}`} aria-labelledby="session-title">
      <header className="session-head">
        <h1 id="session-title" tabIndex={-1} ref={titleRef}>{t('session.title', { name: view.personName })}</h1>
        <LayoutControls />
      </header>
      <StepList state={state} />
      <CodeCountdown view={view} send={send} />
      <section className="step card" aria-labelledby="step-title">
        <h2 id="step-title">{guide.title}</h2>
        <p className="instruction">{guide.instruction}</p>
        <TalkingPoints state={state} send={send} />
        <StepBody view={view} send={send} />
      </section>
      <ErrorMessage error={navError} />
      <StepNav state={state} send={send} onError={setNavError} />
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
    </article>
  );
}
