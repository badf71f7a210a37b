import { useId, type ReactNode } from 'react';
import { useDomainText } from '../i18n/domain-text';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** Label, hint and error wired to the control for screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const text = useDomainText();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
      {error && (
        <p className="field-error" id={errorId}>
          {text(error)}
        </p>
      )}
    </div>
  );
}
