import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { DocumentCheck, DocumentMatch } from '../../../shared/records/document';
import { verifyDocument } from '../stores/records-actions';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { formatWhen } from './history/format';

/**
 * Réglages › « Vérifier un document »: a seal code from a session's recap, or a mandate's
 * attestation code, typed (often as the person reads it on the phone) and checked against
 * the records: what it matches, and whether the records still give it.
 */
export function VerifyDocumentSection() {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<DocumentCheck | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);

  async function check(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const r = await verifyDocument(code);
    setBusy(false);
    setResult(r.ok ? r.value : null);
    setError(r.ok ? null : r.error);
  }

  function sentence(check: DocumentCheck, m: DocumentMatch): string {
    const params = {
      code: check.code,
      name: m.personName,
      date: m.at !== null ? formatWhen(m.at, i18n.language, check.kind === 'seal' ? 'dateTime' : 'date') : t('document.unknownDate'),
      helper: m.helper || t('document.noHelper'),
      version: m.version ?? 1,
    };
    if (check.kind === 'seal') return t(m.intact ? 'document.sessionIntact' : 'document.sessionChanged', params);
    return t(m.intact ? 'document.mandateIntact' : 'document.mandateChanged', params);
  }

  return (
    <section className="card verify-document" aria-labelledby="verify-document-title">
      <h2 id="verify-document-title">{t('document.title')}</h2>
      <p className="hint">{t('document.hint')}</p>
      <form onSubmit={check} noValidate>
        <Field label={t('document.label')} hint={t('document.codeHint')} error={error?.fields?.code}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} maxLength={40} autoComplete="off" spellCheck={false} />}
        </Field>
        <ErrorMessage error={error?.fields?.code ? null : error} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('document.check')}
          </button>
        </div>
      </form>
      <div role="status" className="document-result">
        {result &&
          (result.matches.length === 0 ? (
            <p className="integrity-bad">{t('document.none', { code: result.code })}</p>
          ) : (
            <ul>
              {result.matches.map((m) => (
                <li key={m.subjectId} className={m.intact ? 'integrity-ok' : 'integrity-bad'}>
                  {sentence(result, m)}
                </li>
              ))}
            </ul>
          ))}
      </div>
    </section>
  );
}
