import { useId, type ReactNode } from 'react';
import type { MessageLike } from '../../../shared/messages/format';
import { useMessage } from '../i18n/messages';

interface FieldProps {
  label: string;
  hint?: string;
  /** A keyed field message (an AppErrorValue's `fields` entry), shown in the UI language. */
  error?: MessageLike | undefined;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** Label, hint and error wired to the control for screen readers. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const text = useMessage();
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
