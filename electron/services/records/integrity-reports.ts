import { frenchText } from '../../../shared/messages/format';
import type { IntegrityReport, recordsCalls } from '../../../shared/records/calls';
import { createCheckpoints } from '../db/checkpoints';
import type { Db } from '../db/types';
import type { EventBus } from '../event-bus';
import type { HandlersFor } from '../handler-map';
import { createIntegrity } from '../integrity';
import type { ChainSeal } from './chain-seal';
import type { FolderWitness } from './folder-witness';

/**
 * What the app says about tamper evidence: the start-up check, replaced by each full
 * check (in the background after start, or « Vérifier l'intégrité ») as it completes, and
 * pushed to the renderer as `integrityChecked`. A break is logged as well as shown: as
 * French lines, not as an Error — a finding is what the check is for, not a crash, and a
 * stack trace would only bury it.
 */
export function createIntegrityReports(db: Db, bus: EventBus, now: () => number, log: (e: unknown) => void, witnesses: { dataDir: string; seal: ChainSeal | null; folderWitness?: FolderWitness | null }) {
  const integrity = createIntegrity({ db, checkpoints: createCheckpoints(db), now, log, ...witnesses });
  const logBreak = (r: IntegrityReport) => {
    if (!r.ok) log(['Binôme : ' + frenchText(r), ...[...r.broken, ...r.findings].map((f) => `- ${frenchText(f)}`)].join('\n'));
  };
  let latest = integrity.startup();
  logBreak(latest);
  let stopped = false;

  const verify = () =>
    integrity.full().then((r) => {
      if (!stopped) {
        latest = r;
        bus.emit('integrityChecked', r);
      }
      return r;
    });

  const handlers: HandlersFor<typeof recordsCalls> = {
    verifyIntegrity: verify,
    getStartupIntegrity: () => latest,
  };

  return {
    handlers,
    latest: () => latest,
    /**
     * The full check start-up skipped: in slices, so the window stays responsive meanwhile. Its
     * report, or null when it could not run to the end or the database closed meanwhile.
     */
    checkInBackground(): Promise<IntegrityReport | null> {
      return verify().then(
        (r) => {
          if (stopped) return null;
          logBreak(r);
          return r;
        },
        (e: unknown) => {
          if (!stopped) log(e);
          return null;
        },
      );
    },
    /** The database is closing: a check still running reports to nobody. */
    stop(): void {
      stopped = true;
    },
  };
}
