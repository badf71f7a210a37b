import { useTranslation } from 'react-i18next';
import { newDraft } from '../../../../shared/mandate/create';
import { parisDate } from '../../../../shared/mandate/dates';
import type { MandateDraftInput } from '../../../../shared/mandate/schema';
import { mandateText } from '../../../../shared/mandate/text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextDocumentView } from '../../components/TextDocumentView';
import { useNavStore } from '../../stores/nav-store';
import { useQuery } from '../../stores/query';
import { useSettingsStore } from '../../stores/settings-store';
import { useLastUsedHelper } from '../../session/HelperChooser';
import { draftFromMandate } from './draft-input';
import { MandateWarnings, StatusBadge } from './MandateBadges';
import { MandateForm } from './MandateForm';

/** A new mandate or a draft opens the form; a mandate with consent is shown as its document, read-only. */
export function MandateScreen({ personId, mandateId }: { personId: string; mandateId: string | null }) {
  const { t } = useTranslation();
  const go = useNavStore((s) => s.go);
  const settings = useSettingsStore((s) => s.settings);
  const { data: view, error } = useQuery('getMandate', mandateId ? { id: mandateId } : null);
  const lastHelper = useLastUsedHelper();

  if (!mandateId) {
    // A new mandate names the helper last used on this laptop; the form lets the helper change it.
    if (!lastHelper.loaded) return null;
    const helperName = lastHelper.helper?.displayName ?? '';
    const initial: MandateDraftInput = newDraft({ personId, helperName, associationName: settings.associationName, today: parisDate(Date.now()) });
    return <MandateForm initial={initial} mandateId={null} />;
  }
  if (!view) return <ErrorMessage error={error} />;
  if (view.mandate.consent === null) return <MandateForm key={view.mandate.id} initial={draftFromMandate(view.mandate)} mandateId={view.mandate.id} />;
  return (
    <article className="mandate-detail" aria-labelledby="mandate-detail-title">
      <button type="button" onClick={() => go({ name: 'person', personId })}>
        ← {t('mandates.backToPerson')}
      </button>
      <h1 id="mandate-detail-title">
        {t('mandates.detailTitle', { name: view.mandate.personName, version: view.mandate.version })} <StatusBadge status={view.status} />
      </h1>
      <MandateWarnings view={view} />
      {view.code && (
        <p>
          {t('mandates.code')} <strong className="attestation-code">{view.code}</strong>
        </p>
      )}
      <div className="card">
        <TextDocumentView doc={mandateText(view.mandate)} headingLevel={2} />
      </div>
    </article>
  );
}
