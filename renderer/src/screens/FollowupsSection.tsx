import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Followup } from '../../../shared/followups/calls';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { api } from '../bridge';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNavStore } from '../stores/nav-store';

/**
 * Requests the person made outside the mandate during a session. The procedure says they
 * need a new intervention: from here the helper starts an amended mandate that lists them.
 */
export function FollowupsSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const go = useNavStore((s) => s.go);
  const [followups, setFollowups] = useState<Followup[]>([]);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [status, setStatus] = useState('');

  const load = useCallback(async () => {
    const r = await api().listFollowups({ personId });
    if (r.ok) setFollowups(r.value);
    else setError(r.error);
  }, [personId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function mark(f: Followup, next: Followup['status']) {
    const r = await api().setFollowupStatus({ id: f.id, status: next });
    if (!r.ok) return setError(r.error);
    setStatus(t(`followups.marked.${next}`, { text: f.text }));
    await load();
  }

  async function amend() {
    const check = await api().checkMandateForPerson({ personId });
    if (!check.ok) return setError(check.error);
    const mandateId = check.value.mandate?.id;
    if (!mandateId) {
      go({ name: 'mandate', personId, mandateId: null });
      return;
    }
    const r = await api().startMandateAmendment({ id: mandateId, extraItems: followups.map((f) => ({ label: f.text.slice(0, 200) })) });
    if (!r.ok) return setError(r.error);
    for (const f of followups) await api().setFollowupStatus({ id: f.id, status: 'planned' });
    go({ name: 'mandate', personId, mandateId: r.value.mandate.id });
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
