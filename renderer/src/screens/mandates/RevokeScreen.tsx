import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate, parisTime } from '../../../../shared/mandate/dates';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { activeScopeItems } from '../../../../shared/mandate/status';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { fieldError, FormErrorSummary, useFocusFirstError } from '../../components/FormErrors';
import { useMessage } from '../../i18n/messages';
import { revokeMandate } from '../../stores/mandates-actions';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';
import { useRevokeDraftStore, type RevokeDraft } from '../../stores/revoke-draft-store';

const freshDraft = (): RevokeDraft => ({ scope: 'item', itemId: '', channel: 'phone', date: parisDate(Date.now()), time: parisTime(Date.now()), reason: '' });

/**
 * Withdraws the whole mandate or one action, as easily as the person agreed: no reason needed,
 * and a call is enough (the helper notes the day and time it was received). The blank form can
 * be printed from here; « Retour » from the print comes back with what was typed.
 */
export function RevokeScreen({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const text = useMessage();
  const go = useNavStore((s) => s.go);
  const loaded = useQuery('getMandate', { id: mandateId });
  const view = loaded.data;
  const kept = useRevokeDraftStore((s) => s.drafts[mandateId]);
  const { save, forget } = useRevokeDraftStore.getState();
  const [draft, setDraft] = useState<RevokeDraft>(() => kept ?? freshDraft());
  const [submitError, setError] = useState<AppErrorValue | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, submitError);
  const set = (patch: Partial<RevokeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  useEffect(() => save(mandateId, draft), [draft, mandateId, save]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const how = {
      date: draft.date,
      channel: draft.channel,
      ...(draft.channel === 'phone' ? { time: draft.time } : {}),
      ...(draft.reason.trim() ? { reason: draft.reason } : {}),
    };
    const revocation = draft.scope === 'whole' ? { scope: 'whole' as const, ...how } : { scope: 'item' as const, itemId: draft.itemId, ...how };
    const r = await revokeMandate(mandateId, revocation);
    if (!r.ok) return setError(r.error);
    forget(mandateId);
    go({ name: 'person', personId: r.value.mandate.personId });
  }

  if (!view) return <ErrorMessage error={loaded.error} />;
  const items = activeScopeItems(view.mandate, parisDate(Date.now()));
  const f = (k: string) => fieldError(submitError, `revocation.${k}`) ?? fieldError(submitError, k);
  const radio = (name: string, id: string, label: string, checked: boolean, onChange: () => void, error?: boolean) => (
    <div className="check" key={id}>
      <input type="radio" name={name} id={id} checked={checked} onChange={onChange} {...(error ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {})} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="revoke-title">
      <h1 id="revoke-title">{t('mandates.revoke.title', { name: view.mandate.personName })}</h1>
      <p>{t('mandates.revoke.intro')}</p>
      <fieldset>
        <legend>{t('mandates.revoke.what')}</legend>
        {radio('scope', 'r-item', t('mandates.revoke.item'), draft.scope === 'item', () => set({ scope: 'item' }))}
        {radio('scope', 'r-whole', t('mandates.revoke.whole'), draft.scope === 'whole', () => set({ scope: 'whole' }))}
      </fieldset>
      {draft.scope === 'item' && (
        <Field label={t('mandates.revoke.which')} error={f('itemId')}>
          {(p) => (
            <select {...p} value={draft.itemId} onChange={(e) => set({ itemId: e.target.value })}>
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
      <fieldset>
        <legend>{t('mandates.revoke.how')}</legend>
        {radio('channel', 'r-phone', t('mandates.revoke.byPhone'), draft.channel === 'phone', () => set({ channel: 'phone' }), !!f('channel'))}
        {radio('channel', 'r-form', t('mandates.revoke.bySignedForm'), draft.channel === 'signed_form', () => set({ channel: 'signed_form' }), !!f('channel'))}
        {f('channel') && (
          <p className="field-error" id="channel-error">
            {text(f('channel')!)}
          </p>
        )}
      </fieldset>
      <Field label={draft.channel === 'phone' ? t('mandates.revoke.callDate') : t('mandates.revoke.date')} error={f('date')}>
        {(p) => <input {...p} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />}
      </Field>
      {draft.channel === 'phone' && (
        <Field label={t('mandates.revoke.time')} error={f('time')}>
          {(p) => <input {...p} type="time" value={draft.time} onChange={(e) => set({ time: e.target.value })} />}
        </Field>
      )}
      <Field label={t('mandates.revoke.reason')} hint={t('mandates.revoke.reasonHint')} error={f('reason')}>
        {(p) => <textarea {...p} rows={3} value={draft.reason} onChange={(e) => set({ reason: e.target.value })} />}
      </Field>
      <FormErrorSummary error={submitError} />
      <div className="actions">
        <button type="submit" className="danger">
          {t('mandates.revoke.save')}
        </button>
        <button type="button" onClick={() => go({ name: 'print', doc: 'revocation', id: mandateId, largePrint: false, blank: true, back: { name: 'mandateRevoke', mandateId } })}>
          {t('mandates.revoke.printForm')}
        </button>
        <button
          type="button"
          onClick={() => {
            forget(mandateId);
            go({ name: 'person', personId: view.mandate.personId });
          }}
        >
          {t('mandates.cancel')}
        </button>
      </div>
    </form>
  );
}
