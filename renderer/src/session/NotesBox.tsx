import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionState } from '../../../shared/session/state';
import { stepTitle } from '../../../shared/session/step-guides';
import { useMessage } from '../i18n/messages';
import { ErrorMessage } from '../components/ErrorMessage';
import type { Send } from '../stores/session-store';

/** Session notes: logged one by one, never edited afterwards. */
export function NotesBox({ state, send, inputRef }: { state: SessionState; send: Send; inputRef: RefObject<HTMLTextAreaElement | null> }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [text, setText] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);

  async function add(e: FormEvent) {
    e.preventDefault();
    const failure = await send({ type: 'add_note', text });
    setError(failure);
    if (!failure) setText('');
  }

  return (
    <section className="notes card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('session.notes.title')}</h2>
      <form onSubmit={add}>
        <label htmlFor="session-note">{t('session.notes.label')}</label>
        <textarea id="session-note" ref={inputRef} rows={2} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} />
        <ErrorMessage error={error} />
        <button type="submit">{t('session.notes.add')}</button>
      </form>
      {state.notes.length > 0 && (
        <ul className="note-list">
          {state.notes.map((n, i) => (
            <li key={i}>
              <span className="muted">{message(stepTitle(n.step))} — </span>
              {n.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
