import { useTranslation } from 'react-i18next';
import { formatFrenchDate } from '../../../shared/mandate/dates';
import type { ScopeLine } from '../../../shared/mandate/withdrawals';

/**
 * An action of a mandate in the helper's screens (the person's file, the session): struck once
 * withdrawn, with the date said in words beside it, as the printed mandate shows it.
 */
export function WithdrawnText({ line }: { line: Pick<ScopeLine, 'label' | 'withdrawal'> }) {
  const { t } = useTranslation();
  const w = line.withdrawal;
  if (!w) return <>{line.label}</>;
  const date = formatFrenchDate(w.date);
  return w.begun ? (
    <>
      <del>{line.label}</del> <span className="withdrawn-note">({t('mandates.withdrawnOn', { date })})</span>
    </>
  ) : (
    <>
      {line.label} <span className="withdrawn-note">({t('mandates.withdrawalPlanned', { date })})</span>
    </>
  );
}
