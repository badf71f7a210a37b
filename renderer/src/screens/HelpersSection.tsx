import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelperProfile } from '../../../shared/helpers/calls';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { addHelper, deleteHelper, restoreHelper, retireHelper, updateHelper } from '../stores/helpers-actions';
import { useQuery } from '../stores/query';
import { PinControls } from './PinSection';

type Draft = { displayName: string; quickAssistName: string };

/** The two names of a profile, for adding one or changing it. */
function ProfileForm({ initial, submitLabel, onSubmit, onCancel }: { initial: Draft; submitLabel: string; onSubmit(d: Draft): Promise<AppErrorValue | null>; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<AppErrorValue | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const failure = await onSubmit(draft);
    setError(failure);
    if (!failure && !onCancel) setDraft({ displayName: '', quickAssistName: '' });
  }
  return (
    <form className="helper-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t('helpers.name')} error={error?.fields?.displayName}>
        {(p) => <input {...p} value={draft.displayName} maxLength={120} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} />}
      </Field>
      <Field label={t('helpers.quickAssistName')} hint={t('helpers.quickAssistNameHint')} error={error?.fields?.quickAssistName}>
        {(p) => <input {...p} value={draft.quickAssistName} maxLength={80} onChange={(e) => setDraft({ ...draft, quickAssistName: e.target.value })} />}
      </Field>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('helpers.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function ProfileRow({ h, onDone }: { h: HelperProfile; onDone(status: string, error: AppErrorValue | null): void }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const date = (at: number) => new Date(at).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { timeZone: 'Europe/Paris' });
  const act = async (run: () => Promise<{ ok: boolean; error?: AppErrorValue }>, done: string) => {
    const r = await run();
    onDone(r.ok ? done : '', r.ok ? null : (r.error ?? null));
  };
  if (editing) {
    return (
      <li className="helper-row">
        <ProfileForm
          initial={{ displayName: h.displayName, quickAssistName: h.quickAssistName }}
          submitLabel={t('helpers.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (d) => {
            const r = await updateHelper({ id: h.id, ...d });
            if (!r.ok) return r.error;
            setEditing(false);
            onDone(t('helpers.saved'), null);
            return null;
          }}
        />
      </li>
    );
  }
  return (
    <li className={h.retiredAt === null ? 'helper-row' : 'helper-row retired'}>
      <p>
        <strong>{h.displayName}</strong> — {h.quickAssistName ? t('helpers.shownAs', { name: h.quickAssistName }) : <span className="warning-text">{t('helpers.qaMissing')}</span>}
        {h.retiredAt !== null && <span> ({t('helpers.retiredOn', { date: date(h.retiredAt) })})</span>}
      </p>
      <div className="actions">
        <button type="button" onClick={() => setEditing(true)} aria-label={t('helpers.editOf', { name: h.displayName })}>
          {t('helpers.edit')}
        </button>
        {h.retiredAt === null ? (
          <button type="button" onClick={() => void act(() => retireHelper(h.id), t('helpers.retiredDone'))} aria-label={t('helpers.retireOf', { name: h.displayName })}>
            {t('helpers.retire')}
          </button>
        ) : (
          <button type="button" onClick={() => void act(() => restoreHelper(h.id), t('helpers.restored'))} aria-label={t('helpers.restoreOf', { name: h.displayName })}>
            {t('helpers.restore')}
          </button>
        )}
        {!h.used && (
          <button type="button" className="danger" onClick={() => void act(() => deleteHelper(h.id), t('helpers.deleted'))} aria-label={t('helpers.deleteOf', { name: h.displayName })}>
            {t('helpers.delete')}
          </button>
        )}
      </div>
      {h.used && <p className="hint">{t('helpers.used')}</p>}
      {h.retiredAt === null && <PinControls h={h} onDone={(s) => onDone(s, null)} />}
    </li>
  );
}

/** Réglages › the helper profiles of this laptop: added, changed, retired or put back, deleted while never used. */
export function HelpersSection() {
  const { t } = useTranslation();
  const listed = useQuery('listHelpers', {}, { refreshOn: ['helpersChanged'] });
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const helpers = listed.data?.helpers ?? [];
  const done = (s: string, e: AppErrorValue | null) => {
    setStatus(s);
    setError(e);
  };
  return (
    <section className="card helpers-section" aria-labelledby="helpers-title">
      <h2 id="helpers-title">{t('helpers.title')}</h2>
      <p className="hint">{t('helpers.hint')}</p>
      <p className="hint">{t('helpers.pin.explain')}</p>
      <p className="status" role="status">
        {status}
      </p>
      <ErrorMessage error={error ?? listed.error} />
      {listed.data && helpers.length === 0 && <p>{t('helpers.none')}</p>}
      <ul className="helper-list">
        {helpers.map((h) => (
          <ProfileRow key={`${h.id}-${h.displayName}-${h.quickAssistName}`} h={h} onDone={done} />
        ))}
      </ul>
      <h3>{t('helpers.addTitle')}</h3>
      <ProfileForm
        initial={{ displayName: '', quickAssistName: '' }}
        submitLabel={t('helpers.add')}
        onSubmit={async (d) => {
          const r = await addHelper(d);
          done(r.ok ? t('helpers.added') : '', null);
          return r.ok ? null : r.error;
        }}
      />
    </section>
  );
}
