import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { Person } from '../../../shared/persons/schema';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { usePersonsStore } from '../stores/persons-store';

interface Props {
  editing: Person | null;
  onDone(person: Person | null): void;
}

export function PersonForm({ editing, onDone }: Props) {
  const { t } = useTranslation();
  const save = usePersonsStore((s) => s.save);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setName(editing?.name ?? '');
    setPhone(editing?.phone ?? '');
    setNotes(editing?.notes ?? '');
    setError(null);
    if (editing) nameRef.current?.focus();
  }, [editing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await save(editing ? { id: editing.id, name, phone, notes } : { name, phone, notes });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    if (!editing) {
      setName('');
      setPhone('');
      setNotes('');
    }
    onDone(result.person);
  }

  const title = editing ? t('persons.editTitle', { name: editing.name }) : t('persons.add');
  return (
    <form className="card" onSubmit={submit} aria-labelledby="person-form-title" noValidate>
      <h2 id="person-form-title">{title}</h2>
      <ErrorMessage error={error} />
      <Field label={t('persons.name')} error={error?.fields?.name}>
        {(p) => <input {...p} ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" maxLength={120} required />}
      </Field>
      <Field label={t('persons.phone')} error={error?.fields?.phone}>
        {(p) => <input {...p} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="off" maxLength={30} />}
      </Field>
      <Field label={t('persons.notes')} hint={t('persons.notesHint')} error={error?.fields?.notes}>
        {(p) => <textarea {...p} value={notes} onChange={(e) => setNotes(e.target.value)} rows={4} maxLength={4000} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('persons.save')}
        </button>
        {editing && (
          <button type="button" onClick={() => onDone(null)}>
            {t('persons.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
