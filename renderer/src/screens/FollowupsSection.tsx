import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../../shared/followups/calls';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { ErrorMessage } from '../components/ErrorMessage';
import { amendMandateFromFollowups, setFollowupStatus } from '../stores/followups-actions';
import { useNavStore } from '../stores/nav-store';
import { useQuery } from '../stores/query';

/**
 * Requests the person made outside the mandate during a session. The procedure says they
 * need a new intervention: from here the helper starts an amended mandate that lists them.
 */
export function FollowupsSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const go = useNavStore((s) => s.go);
  const listed = useQuery('listFollowups', { personId });
  const followups = listed.data ?? [];
  // Until the helper acts, the error shown is the list's; each action then sets or clears it.
  const [actionError, setError] = useState<AppErrorValue | null | undefined>(undefined);
  const error = actionError === undefined ? listed.error : actionError;
  const [status, setStatus] = useState('');

  async function mark(f: Followup, next: Followup['status']) {
    const r = await setFollowupStatus(f.id, next);
    if (!r.ok) return setError(r.error);
    setStatus(t(`followups.marked.${next}`, { text: f.text }));
  }

  // No mandate in force: a new one is needed, not an amendment.
  async function amend() {
    const r = await amendMandateFromFollowups(personId, followups);
    if (!r.ok) return setError(r.error);
    go({ name: 'mandate', personId, mandateId: r.value?.mandate.id ?? null });
  }

  const date = (ms: number) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(ms);
  return (
    <section aria-labelledby="followups-title" className="followups">
      <h2 id="followups-title">{t('followups.title')}</h2>
      <ErrorMessage error={error} />
      <p className="status" role="status">
        {status}
      </p>
      {followups.length === 0 ? (
        <p>{t('followups.none')}</p>
      ) : (
        <>
          <ul className="followup-list">
            {followups.map((f) => (
              <li key={f.id}>
                <span className="followup-text">{f.text}</span> <span className="followup-date">{t('followups.askedOn', { date: date(f.requestedAt) })}</span>
                <span className="actions">
                  <button type="button" onClick={() => void mark(f, 'dismissed')} aria-label={t('followups.dismissLabel', { text: f.text })}>
                    {t('followups.dismiss')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={() => void amend()}>
            {t('followups.amend', { count: followups.length })}
          </button>
        </>
      )}
    </section>
  );
}
