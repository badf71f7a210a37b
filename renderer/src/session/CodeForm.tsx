import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useSessionStore } from '../stores/session-store';
import type { Send } from '../stores/session-store';
import { busyProps } from './busy';
import { handFocusTo } from './focus-handoff';

/** Record the code Quick Assist shows: typed (for the dictation aid) or just « code généré ». */
export function CodeForm({ send, renew = false }: { send: Send; renew?: boolean }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [code, setCode] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);

  async function generate(typed?: string) {
    if (busy) return; // the store would ignore it: keep what was typed
    // On success this form gives way to the countdown, which then takes the focus.
    handFocusTo('countdown');
    const failure = await send(typed === undefined ? { type: 'generate_code' } : { type: 'generate_code', code: typed });
    if (failure) handFocusTo(null);
    setError(failure);
    if (!failure) setCode('');
  }

  function record(e: FormEvent) {
    e.preventDefault();
    void generate(code);
  }

  return (
    <form className="code-form" onSubmit={record}>
      <Field label={renew ? t('session.code.newLabel') : t('session.code.label')} hint={t('session.code.hint')}>
        {(p) => <input {...p} className="code-input" value={code} onChange={(e) => setCode(e.target.value)} maxLength={20} autoComplete="off" spellCheck={false} />}
      </Field>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="primary" {...busyProps(busy)}>
          {renew ? t('session.code.renew') : t('session.code.record')}
        </button>
        <button type="button" {...busyProps(busy)} onClick={() => void generate()}>
          {t('session.code.generatedOnly')}
        </button>
      </div>
    </form>
  );
}
