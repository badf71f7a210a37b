import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks before a restore (or starting empty) replaces the data. Focus goes to the question
 * so a screen reader reads it; Tab then reaches « Oui » and « Annuler », Escape cancels.
 */
export function RestoreConfirm({
  question,
  detail,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  question: string;
  detail: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div
      className="restore-confirm"
      role="group"
      aria-label={question}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel();
      }}
    >
      <p ref={questionRef} tabIndex={-1} className="restore-question">
        <strong>{question}</strong>
      </p>
      <p className="hint">{detail}</p>
      <div className="restore-actions">
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('recovery.cancel')}
        </button>
      </div>
    </div>
  );
}
