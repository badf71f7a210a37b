import { useTranslation } from 'react-i18next';
import type { MandateView } from '../../../../shared/mandate/calls';
import { useMessage } from '../../i18n/messages';

/** The status in words (never colour alone); the colour only repeats it. */
export function StatusBadge({ status }: { status: MandateView['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`mandates.status.${status}`)}</span>;
}

/** The warnings a helper must not miss: tampering, no signature, end close. */
export function MandateWarnings({ view }: { view: MandateView }) {
  const { t } = useTranslation();
  const text = useMessage();
  const lines: string[] = [];
  // What was changed, named, then what to do.
  if (view.problem) lines.push(text({ key: view.problem }));
  if (view.attestation === 'mismatch') lines.push(t('mandates.warnings.mismatch'));
  if (view.mandate.consent === null) lines.push(t('mandates.warnings.draft'));
  else if (view.mandate.consent.method === 'oral') lines.push(t('mandates.warnings.oral'));
  if (view.status === 'expiring') lines.push(t('mandates.warnings.expiring', { count: view.daysLeft }));
  if (lines.length === 0) return null;
  return (
    <ul className="warnings">
      {lines.map((line) => (
        <li key={line} className={view.attestation === 'mismatch' && line === lines[0] ? 'warning strong' : 'warning'}>
          {line}
        </li>
      ))}
    </ul>
  );
}
