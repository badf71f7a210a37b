import { useEffect, useState } from 'react';
import type { IntegrityReport } from '../../../shared/records/calls';
import { api } from '../bridge';
import { IntegrityResult } from './IntegrityResult';

/**
 * Shown above every screen when the start-up check, or the full check that follows it in
 * the background, found a break: nobody should miss it.
 */
export function StartupIntegrityBanner() {
  const [report, setReport] = useState<IntegrityReport | null>(null);
  useEffect(() => {
    let pushed = false;
    const stop = api().on('integrityChecked', (r) => {
      pushed = true;
      setReport(r);
    });
    void api()
      .getStartupIntegrity({})
      .then((r) => r.ok && !pushed && setReport(r.value));
    return stop;
  }, []);
  if (!report || report.ok) return null;
  return (
    <div role="alert" className="integrity-banner">
      <IntegrityResult report={report} />
    </div>
  );
}
