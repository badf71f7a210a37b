import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MandateView } from '../../../../shared/mandate/calls';
import { formatFrenchDate, parisDate } from '../../../../shared/mandate/dates';
import { scopeLines } from '../../../../shared/mandate/withdrawals';
import type { AppErrorValue } from '../../../../shared/ipc/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { WithdrawnText } from '../../components/WithdrawnText';
import { startMandateAmendment } from '../../stores/mandates-actions';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';
import { MandateWarnings, StatusBadge } from './MandateBadges';
import { MandateJournal } from './MandateJournal';
import { useMessage } from '../../i18n/messages';

/** The mandates section of a person's file: the session check first, then each mandate with its actions. */
export function MandateList({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const text = useMessage();
  const go = useNavStore((s) => s.go);
  // Status recomputed by the main process at each read; re-read whenever a mandate of theirs changes.
  const listed = useQuery('listMandates', { personId }, { refreshOn: ['mandatesChanged'] });
  const mandates = listed.data?.mandates ?? [];
  const check = listed.data?.check ?? null;
  const error = listed.error;

  return (
    <section aria-labelledby="mandates-title" className="mandates">
      <h2 id="mandates-title">{t('mandates.title')}</h2>
      <ErrorMessage error={error} />
      {check && (
        <p className={`mandate-check check-${check.status}`} data-testid="mandate-check">
          <strong>{t('mandates.checkLabel')}</strong> {text(check)}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => go({ name: 'mandate', personId, mandateId: null })}>
          {t('mandates.new')}
        </button>
      </div>
      {mandates.length === 0 ? (
        <p>{t('mandates.empty')}</p>
      ) : (
        <ul className="mandate-list">
          {[...mandates].reverse().map((v) => (
            <MandateItem key={v.mandate.id} view={v} />
          ))}
        </ul>
      )}
      <MandateJournal personId={personId} />
    </section>
  );
}

function MandateItem({ view }: { view: MandateView }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const m = view.mandate;
  const title = t('mandates.itemTitle', { version: m.version, start: formatFrenchDate(m.validity.start), end: formatFrenchDate(m.validity.end) });
  const canSign = m.consent === null || m.consent.method === 'oral';
  const canRevoke = m.consent !== null && view.status !== 'revoked' && view.status !== 'expired' && view.status !== 'superseded';
  const canAmend = m.consent !== null && view.status !== 'revoked';
  const [error, setError] = useState<AppErrorValue | null>(null);
  // As « Lire » and the print show them: a withdrawn action struck, with its date in words.
  const lines = scopeLines(m, parisDate(Date.now()));
  async function amend() {
    const r = await startMandateAmendment(m.id);
    if (r.ok) go({ name: 'mandate', personId: m.personId, mandateId: r.value.mandate.id });
    else setError(r.error);
  }
  return (
    <li className="card mandate-item" data-mandate-id={m.id}>
      <h3>
        {title} <StatusBadge status={view.status} />
      </h3>
      <MandateWarnings view={view} />
      <ErrorMessage error={error} />
      {view.code && (
        <p>
          {t('mandates.code')} <strong className="attestation-code">{view.code}</strong>
        </p>
      )}
      <ul className="scope-summary" aria-label={t('mandates.scopeLabel')}>
        {lines.map((line) => (
          <li key={line.id} className={line.withdrawal?.begun ? 'withdrawn' : undefined}>
            <WithdrawnText line={line} />
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={() => go({ name: 'mandate', personId: m.personId, mandateId: m.id, read: true })}>
          {t('mandates.actions.view', { title })}
        </button>
        {m.consent === null && (
          <button type="button" onClick={() => go({ name: 'mandate', personId: m.personId, mandateId: m.id })}>
            {t('mandates.actions.edit', { title })}
          </button>
        )}
        {canSign && (
          <button type="button" className="primary" onClick={() => go({ name: 'mandateSign', mandateId: m.id })}>
            {t('mandates.actions.sign')}
          </button>
        )}
        <button type="button" onClick={() => go({ name: 'print', doc: 'mandate', id: m.id, largePrint: false })}>
          {t('mandates.actions.print')}
        </button>
        <button type="button" onClick={() => go({ name: 'print', doc: 'mandate', id: m.id, largePrint: true })}>
          {t('mandates.actions.printLarge')}
        </button>
        {canAmend && (
          <button type="button" onClick={() => void amend()}>
            {t('mandates.actions.amend')}
          </button>
        )}
        {canRevoke && (
          <button type="button" className="danger" onClick={() => go({ name: 'mandateRevoke', mandateId: m.id })}>
            {t('mandates.actions.revoke')}
          </button>
        )}
        {m.revocations.length > 0 && (
          <button type="button" onClick={() => go({ name: 'print', doc: 'revocation', id: m.id, largePrint: false })}>
            {t('mandates.actions.printWithdrawal')}
          </button>
        )}
      </div>
    </li>
  );
}
