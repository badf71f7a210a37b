import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCEDURE_CATEGORIES } from '../../../../shared/mandate/catalogue';
import { problemMessage, procedureItemProblem, procedureLine, proceduresOf } from '../../../../shared/mandate/precise-procedure';
import type { Message } from '../../../../shared/messages/message';
import type { CategoryId } from '../../../../shared/procedures';
import { useMessage } from '../../i18n/messages';

const OTHER = 'other';

/**
 * Adds an administrative procedure to the mandate, precisely: a category (Aidants Connect's
 * grouping), then one of its known procedures, which fills in the line with its site, or another
 * one typed by hand. The line is checked as the main process will check it (a bare category, or
 * no site, is refused), so the helper hears it at once, beside the box.
 */
export function ProcedurePicker({ onAdd }: { onAdd(item: { catalogueId: string; label: string }): void }) {
  const { t } = useTranslation();
  const text = useMessage();
  const id = useId();
  const [category, setCategory] = useState('');
  const [procedure, setProcedure] = useState('');
  const [line, setLine] = useState('');
  const [problem, setProblem] = useState<Message | null>(null);
  const lineRef = useRef<HTMLInputElement>(null);
  const categoryId = category.replace(/^procedure\./, '') as CategoryId;
  const entry = PROCEDURE_CATEGORIES.find((c) => c.id === category);
  const known = entry ? proceduresOf(categoryId) : [];

  function pick(value: string) {
    setProcedure(value);
    const p = known.find((x) => x.id === value);
    setLine(p ? procedureLine(p) : '');
    setProblem(null);
  }

  function add() {
    if (!entry) return;
    // Nothing typed stands for the category alone: refused with the same words as the main process.
    const label = line.trim() || entry.label;
    const found = procedureItemProblem(label);
    if (found) {
      setProblem(problemMessage(found, label));
      lineRef.current?.focus();
      return;
    }
    onAdd({ catalogueId: entry.id, label });
    setProcedure('');
    setLine('');
    setProblem(null);
  }

  return (
    <div className="procedure-picker">
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('mandates.form.procedureCategory')}</label>
        <select
          id={`${id}-category`}
          value={category}
          onChange={(e) => {
            setCategory(e.target.value);
            pick('');
          }}
        >
          <option value="">{t('mandates.form.chooseCategory')}</option>
          {PROCEDURE_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {entry && (
        <>
          <p className="hint">{entry.description}</p>
          <div className="field">
            <label htmlFor={`${id}-procedure`}>{t('mandates.form.procedure')}</label>
            <select id={`${id}-procedure`} value={procedure} onChange={(e) => pick(e.target.value)}>
              <option value="">{t('mandates.form.chooseProcedure')}</option>
              {known.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label.replace(/'/g, '’')}
                </option>
              ))}
              <option value={OTHER}>{t('mandates.form.otherProcedure')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-line`}>{t('mandates.form.procedureLine')}</label>
            <p className="hint" id={`${id}-line-hint`}>
              {t('mandates.form.procedureLineHint')}
            </p>
            <input
              id={`${id}-line`}
              ref={lineRef}
              value={line}
              onChange={(e) => setLine(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
              aria-describedby={problem ? `${id}-line-hint ${id}-line-error` : `${id}-line-hint`}
              {...(problem ? { 'aria-invalid': true } : {})}
            />
            {problem && (
              <p className="field-error" id={`${id}-line-error`}>
                {text(problem)}
              </p>
            )}
          </div>
          <button type="button" onClick={add}>
            {t('mandates.form.addProcedure')}
          </button>
        </>
      )}
    </div>
  );
}
