import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { Verdict } from '../../../shared/scope-guard/index';
import type { ScopeCheckEntry, SessionCommand } from '../../../shared/session/index';
import { ErrorMessage } from '../components/ErrorMessage';
import { useScopeVerdict } from './use-scope-guard';
import { busyProps } from './busy';
import { VerdictEvidence, VerdictSummary } from './ScopeVerdict';

export interface ScopeGuardFieldProps {
  /** The mandate's scope items in force (none when the mandate is not) and its exclusions, as written on the mandate. */
  scope: readonly string[];
  exclusions: readonly string[];
  /** Checks already logged in this session, newest last. */
  history: readonly ScopeCheckEntry[];
  readOnly: boolean;
  /** Sends a session command; resolves once it is durably logged (null) or refused (the error). */
  send(command: SessionCommand): Promise<AppErrorValue | null>;
  /** Id given to the text field so the panel's shortcut can focus it. */
  inputId?: string;
}

type Decision = 'do_it' | 'checked' | 'followup' | 'declined' | 'person_does_it' | 'asked_more';

/**
 * The decisions offered for each verdict; the first is what Enter does. « À vérifier » defaults
 * to a new intervention: doing it needs the helper to have looked at the mandate first.
 */
const DECISIONS: Record<Verdict['verdict'], Decision[]> = {
  in_scope: ['do_it'],
  check: ['followup', 'checked', 'declined'],
  out_of_scope: ['followup', 'declined'],
  excluded: ['followup', 'declined'],
  sensitive: ['person_does_it'],
  unclear: ['asked_more'],
};

export function ScopeGuardField({ scope, exclusions, history, readOnly, send, inputId }: ScopeGuardFieldProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const fieldId = inputId ?? ownId;
  const [request, setRequest] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const { verdict, ready } = useScopeVerdict(scope, exclusions, request);

  async function decide(decision: Decision) {
    if (!verdict || busy) return;
    setBusy(true);
    const text = request.trim();
    let failure = await send({
      type: 'check_scope',
      request: text,
      verdict: verdict.verdict,
      ...(verdict.matchedScope ? { matchedScope: verdict.matchedScope } : {}),
      decision: t(`scope.decision.${decision}`),
    });
    // The follow-up is its own logged event and lands on the person's file for a new mandate.
    if (!failure && decision === 'followup') failure = await send({ type: 'request_followup', text });
    setBusy(false);
    setError(failure);
    if (!failure) {
      setStatus(t(`scope.logged.${decision}`, { request: text }));
      setRequest('');
      // The decision buttons go with the cleared request: back to the field, ready for the next one.
      inputRef.current?.focus();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (verdict) void decide(DECISIONS[verdict.verdict][0]!);
  }

  return (
    <form className="scope-guard" onSubmit={submit} aria-labelledby={`${fieldId}-title`} noValidate>
      <h2 id={`${fieldId}-title`}>{t('scope.title')}</h2>
      <label htmlFor={fieldId}>{t('scope.label')}</label>
      <p className="hint" id={`${fieldId}-hint`}>
        {t('scope.hint')}
      </p>
      <input
        ref={inputRef}
        id={fieldId}
        value={request}
        onChange={(e) => setRequest(e.target.value)}
        aria-describedby={`${fieldId}-hint ${fieldId}-verdict ${fieldId}-evidence`}
        disabled={readOnly}
        autoComplete="off"
        maxLength={1000}
      />
      <div id={`${fieldId}-verdict`} aria-live="polite" className="scope-verdict-region">
        {!ready && request.trim() !== '' && <p>{t('app.loading')}</p>}
        {verdict && <VerdictSummary verdict={verdict} />}
      </div>
      {verdict && <VerdictEvidence verdict={verdict} id={`${fieldId}-evidence`} />}
      {verdict && !readOnly && (
        <div className="actions">
          {DECISIONS[verdict.verdict].map((decision, i) => (
            <button key={decision} type={i === 0 ? 'submit' : 'button'} className={i === 0 ? 'primary' : undefined} {...busyProps(busy)} onClick={i === 0 ? undefined : () => void decide(decision)}>
              {t(`scope.action.${decision}`)}
            </button>
          ))}
        </div>
      )}
      <ErrorMessage error={error} />
      <p className="status" role="status">
        {status}
      </p>
      {history.length > 0 && (
        <details className="scope-history">
          <summary>{t('scope.history', { count: history.length })}</summary>
          <ul>
            {[...history].reverse().map((h) => (
              <li key={`${h.at}-${h.request}`}>
                <span className={`verdict-tag verdict-${h.verdict}`}>{t(`scope.verdict.${h.verdict}`)}</span> {h.request}
                {h.decision ? ` — ${h.decision}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}
