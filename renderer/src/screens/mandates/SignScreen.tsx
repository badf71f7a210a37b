import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type SignaturePad from 'signature_pad';
import type { ConsentInput } from '../../../../shared/mandate/calls';
import { parisDate } from '../../../../shared/mandate/dates';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { SignatureCanvas } from '../../components/SignatureCanvas';
import { recordMandateConsent } from '../../stores/mandates-actions';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';
import { HelperChooser, useLastUsedHelper } from '../../session/HelperChooser';

type Method = ConsentInput['method'];
const METHODS: Method[] = ['drawn', 'typed', 'paper', 'oral'];

/** How the person agrees: drawn on screen, typed name and tick, on paper, or orally (then « non signé »). */
export function SignScreen({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const loaded = useQuery('getMandate', { id: mandateId });
  const view = loaded.data;
  const [method, setMethod] = useState<Method>('drawn');
  const [submitError, setError] = useState<AppErrorValue | null>(null);
  const error = submitError ?? loaded.error;
  const person = useRef<SignaturePad | null>(null);
  const helper = useRef<SignaturePad | null>(null);
  const [typed, setTyped] = useState({ person: '', helper: '', ticked: false });
  const [paper, setPaper] = useState({ signedOn: parisDate(Date.now()), originalKeptBy: '' });
  const [note, setNote] = useState('');
  // Who takes the consent: the profile last used, unless the helper picks another.
  const lastHelper = useLastUsedHelper().helper;
  const [helperId, setHelperId] = useState<string | null>(null);
  const signingHelper = helperId ?? lastHelper?.id ?? null;

  function consent(): ConsentInput | string {
    switch (method) {
      case 'drawn':
        // The schema refuses an empty drawing too; this says which canvas before any round trip.
        if (!person.current || person.current.isEmpty()) return t('mandates.sign.emptyPerson');
        if (!helper.current || helper.current.isEmpty()) return t('mandates.sign.emptyHelper');
        return { method, personSignature: person.current.toDataURL('image/png'), helperSignature: helper.current.toDataURL('image/png') };
      case 'typed':
        return { method, personTypedName: typed.person, helperTypedName: typed.helper, ticked: typed.ticked as true };
      case 'paper':
        return { method, ...paper };
      case 'oral':
        return { method, ...(note.trim() ? { note } : {}) };
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const c = consent();
    if (typeof c === 'string') return setError({ code: 'invalid_input', message: c });
    const r = await recordMandateConsent(mandateId, c, signingHelper);
    if (!r.ok) return setError(r.error);
    go({ name: 'person', personId: r.value.mandate.personId });
  }

  if (!view) return <ErrorMessage error={error} />;
  const f = (k: string) => error?.fields?.[`consent.${k}`];
  return (
    <form className="sign-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sign-title">
      <h1 id="sign-title">{t('mandates.sign.title', { name: view.mandate.personName })}</h1>
      <p>{t('mandates.sign.intro')}</p>
      <HelperChooser label={t('helpers.chooser.sign')} chosenId={signingHelper} onChoose={(h) => setHelperId(h.id)} />
      <fieldset>
        <legend>{t('mandates.sign.method')}</legend>
        {METHODS.map((m) => (
          <div className="check" key={m}>
            <input type="radio" name="method" id={`m-${m}`} checked={method === m} onChange={() => setMethod(m)} />
            <label htmlFor={`m-${m}`}>{t(`mandates.sign.methods.${m}`)}</label>
          </div>
        ))}
      </fieldset>
      <ErrorMessage error={error} />
      {method === 'drawn' && (
        <div className="signature-pair">
          <SignatureCanvas label={t('mandates.sign.personCanvas', { name: view.mandate.personName })} padRef={person} />
          <SignatureCanvas label={t('mandates.sign.helperCanvas', { name: view.mandate.helperName })} padRef={helper} />
        </div>
      )}
      {method === 'typed' && (
        <>
          <Field label={t('mandates.sign.personTyped')} error={f('personTypedName')}>
            {(p) => <input {...p} value={typed.person} onChange={(e) => setTyped({ ...typed, person: e.target.value })} />}
          </Field>
          <Field label={t('mandates.sign.helperTyped')} error={f('helperTypedName')}>
            {(p) => <input {...p} value={typed.helper} onChange={(e) => setTyped({ ...typed, helper: e.target.value })} />}
          </Field>
          <div className="check">
            <input type="checkbox" id="typed-tick" checked={typed.ticked} onChange={(e) => setTyped({ ...typed, ticked: e.target.checked })} />
            <label htmlFor="typed-tick">{t('mandates.sign.tick')}</label>
          </div>
        </>
      )}
      {method === 'paper' && (
        <>
          <Field label={t('mandates.sign.paperDate')} error={f('signedOn')}>
            {(p) => <input {...p} type="date" value={paper.signedOn} onChange={(e) => setPaper({ ...paper, signedOn: e.target.value })} />}
          </Field>
          <Field label={t('mandates.sign.keptBy')} hint={t('mandates.sign.keptByHint')} error={f('originalKeptBy')}>
            {(p) => <input {...p} value={paper.originalKeptBy} onChange={(e) => setPaper({ ...paper, originalKeptBy: e.target.value })} />}
          </Field>
        </>
      )}
      {method === 'oral' && (
        <>
          <p className="warning strong">{t('mandates.sign.oralWarning')}</p>
          <Field label={t('mandates.sign.oralNote')}>{(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
        </>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {method === 'oral' ? t('mandates.sign.saveOral') : t('mandates.sign.save')}
        </button>
        <button type="button" onClick={() => go({ name: 'person', personId: view.mandate.personId })}>
          {t('mandates.cancel')}
        </button>
      </div>
    </form>
  );
}
