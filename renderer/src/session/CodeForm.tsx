import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { SessionCommand } from '../../../shared/session/commands';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { useSessionStore } from '../stores/session-store';
import type { Send } from '../stores/session-store';
import { busyProps } from './busy';
import { handFocusTo } from './focus-handoff';

/**
 * Record the code Quick Assist shows: typed (for the dictation aid) or just « code généré ».
 * `retype`: the same code typed again after a restart (the service never stores it, so it
 * forgot it), under the same countdown.
 */
export function CodeForm({ send, renew = false, retype = false }: { send: Send; renew?: boolean; retype?: boolean }) {
  const { t } = useTranslation();
  const busy = useSessionStore((s) => s.busy);
  const [code, setCode] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);

  async function generate(typed?: string) {
    if (busy) return; // the store would ignore it: keep what was typed
    // On success this form gives way to the countdown (or, retyped, to the code), which then takes the focus.
    if (!retype) handFocusTo('countdown');
    const command: SessionCommand = retype ? { type: 'note_code', code: typed ?? '' } : typed === undefined ? { type: 'generate_code' } : { type: 'generate_code', code: typed };
    const failure = await send(command);
    if (failure) handFocusTo(null);
    setError(failure);
    if (!failure) setCode('');
  }

  function record(e: FormEvent) {
    e.preventDefault();
    void generate(code);
  }

  const label = retype ? t('session.code.retypeLabel') : renew ? t('session.code.newLabel') : t('session.code.label');
  return (
    <form className="code-form" onSubmit={record}>
      {retype && <p>{t('session.code.forgotten')}</p>}
      <Field label={label} hint={retype ? undefined : t('session.code.hint')}>
        {(p) => <input {...p} className="code-input" value={code} onChange={(e) => setCode(e.target.value)} maxLength={20} autoComplete="off" spellCheck={false} />}
      </Field>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="primary" {...busyProps(busy)}>
          {retype ? t('session.code.retype') : renew ? t('session.code.renew') : t('session.code.record')}
        </button>
        {!retype && (
          <button type="button" {...busyProps(busy)} onClick={() => void generate()}>
            {t('session.code.generatedOnly')}
          </button>
        )}
      </div>
    </form>
  );
}
