import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../../shared/mandate/dates';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { activeScopeItems } from '../../../../shared/mandate/status';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { revokeMandate } from '../../stores/mandates-actions';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';

/** Withdraws the whole mandate or one action, with the date and the person's reason. */
export function RevokeScreen({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const loaded = useQuery('getMandate', { id: mandateId });
  const view = loaded.data;
  const [scope, setScope] = useState<'whole' | 'item'>('item');
  const [itemId, setItemId] = useState('');
  const [date, setDate] = useState(parisDate(Date.now()));
  const [reason, setReason] = useState('');
  const [submitError, setError] = useState<AppErrorValue | null>(null);
  const error = submitError ?? loaded.error;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const revocation = scope === 'whole' ? { scope, date, reason } : { scope, itemId, date, reason };
    const r = await revokeMandate(mandateId, revocation);
    if (!r.ok) return setError(r.error);
    go({ name: 'person', personId: r.value.mandate.personId });
  }

  if (!view) return <ErrorMessage error={error} />;
  const items = activeScopeItems(view.mandate, parisDate(Date.now()));
  const f = (k: string) => error?.fields?.[`revocation.${k}`];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="revoke-title">
      <h1 id="revoke-title">{t('mandates.revoke.title', { name: view.mandate.personName })}</h1>
      <ErrorMessage error={error} />
      <fieldset>
        <legend>{t('mandates.revoke.what')}</legend>
        <div className="check">
          <input type="radio" name="scope" id="r-item" checked={scope === 'item'} onChange={() => setScope('item')} />
          <label htmlFor="r-item">{t('mandates.revoke.item')}</label>
        </div>
        <div className="check">
          <input type="radio" name="scope" id="r-whole" checked={scope === 'whole'} onChange={() => setScope('whole')} />
          <label htmlFor="r-whole">{t('mandates.revoke.whole')}</label>
        </div>
      </fieldset>
      {scope === 'item' && (
        <Field label={t('mandates.revoke.which')} error={f('itemId')}>
          {(p) => (
            <select {...p} value={itemId} onChange={(e) => setItemId(e.target.value)}>
              <option value="">{t('mandates.revoke.choose')}</option>
              {items.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('mandates.revoke.date')} error={f('date')}>
        {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label={t('mandates.revoke.reason')} error={f('reason')}>
        {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="danger">
          {t('mandates.revoke.save')}
        </button>
        <button type="button" onClick={() => go({ name: 'print', doc: 'revocation', id: mandateId, largePrint: false })}>
          {t('mandates.revoke.printForm')}
        </button>
        <button type="button" onClick={() => go({ name: 'person', personId: view.mandate.personId })}>
          {t('mandates.cancel')}
        </button>
      </div>
    </form>
  );
}
