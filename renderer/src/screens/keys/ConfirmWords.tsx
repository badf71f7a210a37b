import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { busyProps } from '../../session/busy';

interface Props {
  positions: [number, number];
  busy: boolean;
  error: AppErrorValue | null;
  onConfirm(words: [string, string]): void;
  onBack(): void;
}

/** Two words of the phrase typed back: the phrase was written down before it disappears. */
export function ConfirmWords({ positions, busy, error, onConfirm, onBack }: Props) {
  const { t } = useTranslation();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onConfirm([first, second]);
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="confirm-words-title">
      <h2 id="confirm-words-title">{t('keys.setup.confirmTitle')}</h2>
      <p className="hint">{t('keys.setup.confirmHint')}</p>
      <ErrorMessage error={error} />
      <Field label={t('keys.setup.word', { n: positions[0] })}>
        {(p) => <input {...p} value={first} onChange={(e) => setFirst(e.target.value)} autoComplete="off" spellCheck={false} lang="fr" />}
      </Field>
      <Field label={t('keys.setup.word', { n: positions[1] })}>
        {(p) => <input {...p} value={second} onChange={(e) => setSecond(e.target.value)} autoComplete="off" spellCheck={false} lang="fr" />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" {...busyProps(busy)}>
          {busy ? t('keys.setup.working') : t('keys.setup.confirm')}
        </button>
        <button type="button" onClick={onBack}>
          {t('keys.setup.back')}
        </button>
      </div>
    </form>
  );
}
