import { useQuery } from '../stores/query';
import { IntegrityResult } from './IntegrityResult';

/**
 * Shown above every screen when the start-up check, or the full check that follows it in
 * the background, found a break: nobody should miss it. Each full check replaces the
 * start-up report in the main process and is announced by `integrityChecked`.
 */
export function StartupIntegrityBanner() {
  const report = useQuery('getStartupIntegrity', {}, { refreshOn: ['integrityChecked'] }).data;
  if (!report || report.ok) return null;
  return (
    <div role="alert" className="integrity-banner">
      <IntegrityResult report={report} />
    </div>
  );
}
