import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { QUICK_ASSIST_STATES, WINDOWS_VERSIONS, type QuickAssistState, type WindowsVersion } from '../../../shared/persons/equipment';
import type { Person } from '../../../shared/persons/schema';
import { Field } from '../components/Field';
import { fieldError, FormErrorSummary, useFocusFirstError } from '../components/FormErrors';
import { usePersonsStore } from '../stores/persons-store';

interface Props {
  editing: Person | null;
  onDone(person: Person | null): void;
}

/** A person's identity and their computer (Windows version, Quick Assist installed), as far as the helper knows. */
export function PersonForm({ editing, onDone }: Props) {
  const { t } = useTranslation();
  const save = usePersonsStore((s) => s.save);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [notes, setNotes] = useState('');
  const [windowsVersion, setWindowsVersion] = useState<WindowsVersion>('unknown');
  const [quickAssist, setQuickAssist] = useState<QuickAssistState>('unknown');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, error);

  useEffect(() => {
    setName(editing?.name ?? '');
    setPhone(editing?.phone ?? '');
    setNotes(editing?.notes ?? '');
    setWindowsVersion(editing?.windowsVersion ?? 'unknown');
    setQuickAssist(editing?.quickAssist ?? 'unknown');
    setError(null);
    if (editing) nameRef.current?.focus();
  }, [editing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const fields = { name, phone, notes, windowsVersion, quickAssist };
    const result = await save(editing ? { id: editing.id, ...fields } : fields);
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
      setWindowsVersion('unknown');
      setQuickAssist('unknown');
    }
    onDone(result.person);
  }

  const title = editing ? t('persons.editTitle', { name: editing.name }) : t('persons.add');
  return (
    <form className="card" ref={formRef} onSubmit={submit} aria-labelledby="person-form-title" noValidate>
      <h2 id="person-form-title">{title}</h2>
      <Field label={t('persons.name')} error={fieldError(error, 'name')}>
        {(p) => <input {...p} ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" maxLength={120} required />}
      </Field>
      <Field label={t('persons.phone')} error={fieldError(error, 'phone')}>
        {(p) => <input {...p} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="off" maxLength={30} />}
      </Field>
      <Field label={t('persons.windowsVersion')} error={fieldError(error, 'windowsVersion')}>
        {(p) => (
          <select {...p} value={windowsVersion} onChange={(e) => setWindowsVersion(e.target.value as WindowsVersion)}>
            {WINDOWS_VERSIONS.map((v) => (
              <option key={v} value={v}>
                {t(`persons.windows.${v}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('persons.quickAssist')} hint={t('persons.quickAssistHint')} error={fieldError(error, 'quickAssist')}>
        {(p) => (
          <select {...p} value={quickAssist} onChange={(e) => setQuickAssist(e.target.value as QuickAssistState)}>
            {QUICK_ASSIST_STATES.map((v) => (
              <option key={v} value={v}>
                {t(`persons.quickAssistState.${v}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('persons.notes')} hint={t('persons.notesHint')} error={fieldError(error, 'notes')}>
        {(p) => <textarea {...p} value={notes} onChange={(e) => setNotes(e.target.value)} rows={4} maxLength={4000} />}
      </Field>
      <FormErrorSummary error={error} />
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
