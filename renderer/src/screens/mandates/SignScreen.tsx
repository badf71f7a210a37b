import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type SignaturePad from 'signature_pad';
import type { ConsentInput } from '../../../../shared/mandate/calls';
import { missingForSigning } from '../../../../shared/mandate/association';
import { attestationFormatOf } from '../../../../shared/mandate/attestation';
import { parisDate } from '../../../../shared/mandate/dates';
import { mandateText } from '../../../../shared/mandate/text';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { fieldError, FormErrorSummary, useFocusFirstError } from '../../components/FormErrors';
import { SignatureCanvas } from '../../components/SignatureCanvas';
import { useMessage } from '../../i18n/messages';
import { TextDocumentView } from '../../components/TextDocumentView';
import { recordMandateConsent } from '../../stores/mandates-actions';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';
import { HelperChooser, useLastUsedHelper } from '../../session/HelperChooser';

type Method = ConsentInput['method'];
const METHODS: Method[] = ['drawn', 'typed', 'paper', 'oral'];

/**
 * How the person agrees: drawn on screen, typed name and tick, on paper, or orally (then « non
 * signé »). The whole mandate is shown first, above the signatures, in the words that will be
 * signed; the consent is sent with the hash of what was shown, and refused if it has changed.
 */
export function SignScreen({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const text = useMessage();
  const go = useNavStore((s) => s.go);
  const loaded = useQuery('getMandate', { id: mandateId });
  const view = loaded.data;
  const [method, setMethod] = useState<Method>('drawn');
  const [largePrint, setLargePrint] = useState(false);
  const [submitError, setError] = useState<AppErrorValue | null>(null);
  const person = useRef<SignaturePad | null>(null);
  const helper = useRef<SignaturePad | null>(null);
  const [typed, setTyped] = useState({ person: '', helper: '', ticked: false });
  const [paper, setPaper] = useState({ signedOn: parisDate(Date.now()), originalKeptBy: '' });
  const [note, setNote] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, submitError);
  // Who takes the consent: the profile last used, unless the helper picks another.
  const lastHelper = useLastUsedHelper().helper;
  const [helperId, setHelperId] = useState<string | null>(null);
  const signingHelper = helperId ?? lastHelper?.id ?? null;

  function consent(): ConsentInput | AppErrorValue {
    switch (method) {
      case 'drawn':
        // The schema refuses an empty drawing too; this says which canvas before any round trip.
        if (!person.current || person.current.isEmpty()) return { code: 'invalid_input', message: t('mandates.sign.emptyPerson') };
        if (!helper.current || helper.current.isEmpty()) return { code: 'invalid_input', message: t('mandates.sign.emptyHelper') };
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
    if (!view) return;
    const c = consent();
    if ('code' in c) return setError(c);
    const r = await recordMandateConsent(mandateId, c, view.contentHash, signingHelper);
    if (!r.ok) return setError(r.error);
    go({ name: 'person', personId: r.value.mandate.personId });
  }

  if (!view) return <ErrorMessage error={loaded.error} />;
  const m = view.mandate;
  const incomplete = attestationFormatOf(m.textVersion) > 1 && missingForSigning(m.association).length > 0;
  // A field's message, whether it came from the call's schema ('consent.x') or from the consent rules ('x').
  const f = (k: string) => fieldError(submitError, `consent.${k}`) ?? fieldError(submitError, k);
  return (
    <form className="sign-form" ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sign-title">
      <h1 id="sign-title">{t('mandates.sign.title', { name: m.personName })}</h1>
      <p>{t('mandates.sign.intro')}</p>
      {incomplete && (
        <div className="warning strong">
          <p>{t('mandates.sign.associationMissing')}</p>
          <button type="button" onClick={() => go({ name: 'settings' })}>
            {t('mandates.sign.openSettings')}
          </button>
        </div>
      )}
      <section aria-labelledby="sign-text-title">
        <h2 id="sign-text-title">{t('mandates.sign.textTitle')}</h2>
        <button type="button" aria-pressed={largePrint} onClick={() => setLargePrint(!largePrint)}>
          {t('mandates.sign.largePrint')}
        </button>
        <div className={`sign-text${largePrint ? ' large-print' : ''}`} data-testid="sign-text">
          <TextDocumentView doc={mandateText(m, { today: parisDate(Date.now()) })} headingLevel={2} />
        </div>
      </section>
      <HelperChooser label={t('helpers.chooser.sign')} chosenId={signingHelper} onChoose={(h) => setHelperId(h.id)} />
      <fieldset>
        <legend>{t('mandates.sign.method')}</legend>
        {METHODS.map((value) => (
          <div className="check" key={value}>
            <input type="radio" name="method" id={`m-${value}`} checked={method === value} onChange={() => setMethod(value)} />
            <label htmlFor={`m-${value}`}>{t(`mandates.sign.methods.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      {method === 'drawn' && (
        <div className="signature-pair">
          <SignatureCanvas label={t('mandates.sign.personCanvas', { name: m.personName })} padRef={person} />
          <SignatureCanvas label={t('mandates.sign.helperCanvas', { name: m.helperName })} padRef={helper} />
        </div>
      )}
      {method === 'typed' && (
        <>
          <Field label={t('mandates.sign.personTyped', { name: m.personName })} error={f('personTypedName')}>
            {(p) => <input {...p} value={typed.person} onChange={(e) => setTyped({ ...typed, person: e.target.value })} autoComplete="off" />}
          </Field>
          <Field label={t('mandates.sign.helperTyped', { name: m.helperName })} error={f('helperTypedName')}>
            {(p) => <input {...p} value={typed.helper} onChange={(e) => setTyped({ ...typed, helper: e.target.value })} autoComplete="off" />}
          </Field>
          <div className="check">
            <input
              type="checkbox"
              id="typed-tick"
              checked={typed.ticked}
              onChange={(e) => setTyped({ ...typed, ticked: e.target.checked })}
              {...(f('ticked') ? { 'aria-invalid': true, 'aria-describedby': 'typed-tick-error' } : {})}
            />
            <label htmlFor="typed-tick">{t('mandates.sign.tick')}</label>
          </div>
          {f('ticked') && (
            <p className="field-error" id="typed-tick-error">
              {text(f('ticked')!)}
            </p>
          )}
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
          <Field label={t('mandates.sign.oralNote')} error={f('note')}>
            {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </>
      )}
      <FormErrorSummary error={submitError} />
      <div className="actions">
        <button type="submit" className="primary">
          {method === 'oral' ? t('mandates.sign.saveOral') : t('mandates.sign.save')}
        </button>
        <button type="button" onClick={() => go({ name: 'person', personId: m.personId })}>
          {t('mandates.cancel')}
        </button>
      </div>
    </form>
  );
}
