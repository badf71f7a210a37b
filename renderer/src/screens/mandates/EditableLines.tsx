import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/messages/message';
import { Field } from '../../components/Field';

export interface Line {
  /** Its place in the draft's array: the main process names a refused line by it ('tools.2'). */
  index: number;
  value: string;
}

interface EditableLinesProps {
  /** The lines typed so far, each editable in place, where its own error shows. */
  lines: Line[];
  /** Label of line n (1-based), e.g. « Autre action 2 ». */
  lineLabel(n: number): string;
  errorAt(index: number): Message | undefined;
  onEdit(index: number, value: string): void;
  onRemove(index: number): void;
  /** Label of the box that adds a line, e.g. « Autre action ». */
  addLabel: string;
  onAdd(value: string): void;
}

/** Lines typed by the helper (free actions, extra exclusions, other tools): each editable, removable, with its error beside it. */
export function EditableLines({ lines, lineLabel, errorAt, onEdit, onRemove, addLabel, onAdd }: EditableLinesProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    // Duplicates and other refusals come from the main process, beside the line; only blanks are skipped here.
    if (text.trim() === '') return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <div className="free-list">
      {lines.map((line, n) => (
        <div className="free-line" key={line.index}>
          <Field label={lineLabel(n + 1)} error={errorAt(line.index)}>
            {(p) => <input {...p} value={line.value} onChange={(e) => onEdit(line.index, e.target.value)} />}
          </Field>
          <button type="button" className="small" onClick={() => onRemove(line.index)}>
            {t('mandates.form.remove', { item: line.value })}
          </button>
        </div>
      ))}
      <div className="free-add">
        <label htmlFor={id}>{addLabel}</label>
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the line instead of submitting the whole form half-filled.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('mandates.form.add')}
        </button>
      </div>
    </div>
  );
}
