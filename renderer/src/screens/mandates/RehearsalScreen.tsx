import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFrenchDate, parisDate } from '../../../../shared/mandate/dates';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { REHEARSAL_CHECKLIST, type RehearsalItemId } from '../../../../shared/mandate/rehearsal';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { recordRehearsal } from '../../stores/mandates-actions';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';

/** The in-person rehearsal: the checklist run beside the person, then « répétition faite le … » on their file. */
export function RehearsalScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const [done, setDone] = useState<RehearsalItemId[]>([]);
  const [alone, setAlone] = useState(false);
  const [date, setDate] = useState(parisDate(Date.now()));
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [saved, setSaved] = useState('');
  // Recording one announces mandatesChanged, which brings it into this list.
  const past = useQuery('listRehearsals', { personId }, { refreshOn: ['mandatesChanged'] }).data ?? [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await recordRehearsal({ personId, date, completed: done, personRepeatedAlone: alone, note });
    if (!r.ok) return setError(r.error);
    setError(null);
    setSaved(t('mandates.rehearsal.saved', { date: formatFrenchDate(r.value.date) }));
    setDone([]);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="rehearsal-title">
      <button type="button" onClick={() => go({ name: 'person', personId })}>
        ← {t('mandates.backToPerson')}
      </button>
      <h1 id="rehearsal-title">{t('mandates.rehearsal.title')}</h1>
      <p>{t('mandates.rehearsal.intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => go({ name: 'print', doc: 'guide', id: personId, largePrint: true })}>
          {t('mandates.rehearsal.printGuide')}
        </button>
      </div>
      <p className="status" role="status">
        {saved}
      </p>
      <ErrorMessage error={error} />
      <fieldset>
        <legend>{t('mandates.rehearsal.checklist')}</legend>
        {REHEARSAL_CHECKLIST.map((item) => (
          <div className="check check-detail" key={item.id}>
            <input
              type="checkbox"
              id={`rh-${item.id}`}
              aria-describedby={`rh-${item.id}-d`}
              checked={done.includes(item.id)}
              onChange={(e) => setDone(e.target.checked ? [...done, item.id] : done.filter((x) => x !== item.id))}
            />
            <label htmlFor={`rh-${item.id}`}>{item.title}</label>
            <p className="hint" id={`rh-${item.id}-d`}>
              {item.detail}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="check">
        <input type="checkbox" id="rh-repeated-alone" checked={alone} onChange={(e) => setAlone(e.target.checked)} />
        <label htmlFor="rh-repeated-alone">{t('mandates.rehearsal.alone')}</label>
      </div>
      <Field label={t('mandates.rehearsal.date')}>{(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
      <Field label={t('mandates.rehearsal.note')}>{(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
      <div className="actions">
        <button type="submit" className="primary">
          {t('mandates.rehearsal.save')}
        </button>
      </div>
      <h2>{t('mandates.rehearsal.history')}</h2>
      {past.length === 0 ? (
        <p>{t('mandates.rehearsal.none')}</p>
      ) : (
        <ul>
          {past.map((r) => (
            <li key={r.id}>
              {t('mandates.rehearsal.done', { date: formatFrenchDate(r.date), count: r.completed.length })}
              {r.personRepeatedAlone ? ` ${t('mandates.rehearsal.aloneDone')}` : ''}
              {r.note ? ` — ${r.note}` : ''}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
