import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionState } from '../../../shared/session/state';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import type { Send } from '../stores/session-store';

/** Anything else the person asks for, outside the mandate: noted as a new intervention to plan. */
export function QuestionsStep({ state, send }: { state: SessionState; send: Send }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  async function add(e: FormEvent) {
    e.preventDefault();
    const failure = await send({ type: 'request_followup', text });
    setError(failure);
    if (!failure) setText('');
  }
  return (
    <div className="questions">
      <form onSubmit={add}>
        <Field label={t('session.questions.label')} hint={t('session.questions.hint')}>
          {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} />}
        </Field>
        <ErrorMessage error={error} />
        <button type="submit">{t('session.questions.add')}</button>
      </form>
      {state.followups.length > 0 && (
        <>
          <p>{t('session.questions.listed')}</p>
          <ul>
            {state.followups.map((f, i) => (
              <li key={i}>{f.text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
