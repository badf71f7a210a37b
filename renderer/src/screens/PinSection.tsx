import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelperProfile } from '../../../shared/helpers/calls';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { removeHelperPin, setHelperPin } from '../stores/helpers-actions';
import { useLockStore } from '../stores/lock-store';

type Mode = 'closed' | 'set' | 'remove';

const pinInput = { type: 'password', inputMode: 'numeric', autoComplete: 'off', maxLength: 64 } as const;

/**
 * A profile's PIN in Réglages › Aidant·es: set one, change it (the current one is asked), or
 * remove it (asked too). Without a PIN the profile unlocks Binôme with a click. Opened with the
 * association's recovery phrase, a forgotten PIN is reset or removed without being asked.
 */
export function PinControls({ h, onDone }: { h: HelperProfile; onDone(status: string): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('closed');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const recovery = useLockStore((s) => s.state?.recovery ?? false);
  const askCurrent = h.hasPin && !recovery;

  const close = () => {
    setMode('closed');
    setCurrent('');
    setNext('');
    setError(null);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r =
      mode === 'remove'
        ? await removeHelperPin(askCurrent ? { id: h.id, currentPin: current } : { id: h.id })
        : await setHelperPin(askCurrent ? { id: h.id, currentPin: current, newPin: next } : { id: h.id, newPin: next });
    if (!r.ok) {
      setError(r.error);
      setCurrent('');
      return;
    }
    const done = mode === 'remove' ? t('helpers.pin.removed') : h.hasPin ? t('helpers.pin.changed') : t('helpers.pin.set');
    close();
    onDone(done);
  }

  if (mode === 'closed') {
    return (
      <div className="pin-controls">
        <p className="hint">{h.hasPin ? t('helpers.pin.has') : t('helpers.pin.none')}</p>
        <div className="actions">
          <button type="button" onClick={() => setMode('set')} aria-label={t(h.hasPin ? 'helpers.pin.changeOf' : 'helpers.pin.setOf', { name: h.displayName })}>
            {h.hasPin ? t('helpers.pin.change') : t('helpers.pin.setAction')}
          </button>
          {h.hasPin && (
            <button type="button" onClick={() => setMode('remove')} aria-label={t('helpers.pin.removeOf', { name: h.displayName })}>
              {t('helpers.pin.remove')}
            </button>
          )}
        </div>
      </div>
    );
  }
  return (
    <form className="pin-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('helpers.pin.formOf', { name: h.displayName })}>
      {h.hasPin && recovery && <p className="hint">{t('helpers.pin.byPhrase')}</p>}
      {askCurrent && (
        <Field label={t('helpers.pin.current')} error={error?.fields?.currentPin}>
          {(p) => <input {...p} {...pinInput} value={current} onChange={(e) => setCurrent(e.target.value)} />}
        </Field>
      )}
      {mode === 'set' && (
        <Field label={t('helpers.pin.new')} hint={t('helpers.pin.newHint')} error={error?.fields?.newPin}>
          {(p) => <input {...p} {...pinInput} value={next} onChange={(e) => setNext(e.target.value)} />}
        </Field>
      )}
      <ErrorMessage error={error?.fields ? null : error} />
      <div className="actions">
        <button type="submit" className="primary">
          {mode === 'remove' ? t('helpers.pin.remove') : t('helpers.save')}
        </button>
        <button type="button" onClick={close}>
          {t('helpers.cancel')}
        </button>
      </div>
    </form>
  );
}
