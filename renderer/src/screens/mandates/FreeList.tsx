import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface FreeListProps {
  /** Label of the text box, e.g. « Autre action ». */
  inputLabel: string;
  items: string[];
  onChange(items: string[]): void;
}

/** Lines typed by the helper (free actions, extra exclusions, other tools), each removable. */
export function FreeList({ inputLabel, items, onChange }: FreeListProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    // Duplicates are refused by the main process with a French message; here only blanks are skipped.
    if (text.trim() === '') return;
    onChange([...items, text.trim()]);
    setText('');
  };
  return (
    <div className="free-list">
      {items.length > 0 && (
        <ul>
          {items.map((item, i) => (
            <li key={`${i}-${item}`}>
              <span>{item}</span>{' '}
              <button type="button" className="small" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                {t('mandates.form.remove', { item })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="free-add">
        <label htmlFor={id}>{inputLabel}</label>
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
