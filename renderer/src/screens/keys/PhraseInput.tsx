import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

/** The phrase typed without echo (like a password): it must not stay on screen or in a field's history. */
export function PhraseInput({ value, onChange, label }: { value: string; onChange(v: string): void; label?: string }) {
  const { t } = useTranslation();
  return (
    <Field label={label ?? t('keys.phrase')} hint={t('keys.phraseHint')}>
      {(p) => <input {...p} type="password" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false} lang="fr" />}
    </Field>
  );
}
