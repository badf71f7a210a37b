import { useTranslation } from 'react-i18next';
import { newDraft } from '../../../../shared/mandate/create';
import { parisDate } from '../../../../shared/mandate/dates';
import type { MandateDraftInput } from '../../../../shared/mandate/schema';
import { mandateText } from '../../../../shared/mandate/text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextDocumentView } from '../../components/TextDocumentView';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';
import { useLastUsedHelper } from '../../session/HelperChooser';
import { draftFromMandate } from './draft-input';
import { MandateWarnings, StatusBadge } from './MandateBadges';
import { MandateForm } from './MandateForm';

/**
 * A new mandate or a draft opens the form; « Lire » shows a draft as the document it will be;
 * a mandate with consent is shown as its document, read-only, withdrawn actions struck.
 */
export function MandateScreen({ personId, mandateId, read }: { personId: string; mandateId: string | null; read: boolean }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const { data: view, error } = useQuery('getMandate', mandateId ? { id: mandateId } : null, { refreshOn: ['mandatesChanged', 'settingsChanged'] });
  const lastHelper = useLastUsedHelper();

  if (!mandateId) {
    // A new mandate names the helper last used on this laptop; the form lets the helper change it.
    if (!lastHelper.loaded) return null;
    const helperName = lastHelper.helper?.displayName ?? '';
    const initial: MandateDraftInput = newDraft({ personId, helperName, today: parisDate(Date.now()) });
    return <MandateForm initial={initial} mandateId={null} />;
  }
  if (!view) return <ErrorMessage error={error} />;
  const m = view.mandate;
  if (m.consent === null && !read) return <MandateForm key={m.id} initial={draftFromMandate(m)} mandateId={m.id} />;
  return (
    <article className="mandate-detail" aria-labelledby="mandate-detail-title">
      <button type="button" onClick={() => go({ name: 'person', personId })}>
        ← {t('mandates.backToPerson')}
      </button>
      <h1 id="mandate-detail-title">
        {t('mandates.detailTitle', { name: m.personName, version: m.version })} <StatusBadge status={view.status} />
      </h1>
      <MandateWarnings view={view} />
      {view.code && (
        <p>
          {t('mandates.code')} <strong className="attestation-code">{view.code}</strong>
        </p>
      )}
      {m.consent === null && (
        <div className="actions">
          <button type="button" onClick={() => go({ name: 'mandate', personId, mandateId: m.id })}>
            {t('mandates.actions.editDraft')}
          </button>
          <button type="button" className="primary" onClick={() => go({ name: 'mandateSign', mandateId: m.id })}>
            {t('mandates.actions.sign')}
          </button>
        </div>
      )}
      <div className="card">
        <TextDocumentView doc={mandateText(m, { today: parisDate(Date.now()) })} headingLevel={2} />
      </div>
    </article>
  );
}
