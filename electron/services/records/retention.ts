import type { IntegrityReport } from '../../../shared/records/calls';
import { parisDate } from '../../../shared/mandate/dates';
import { purgedAnything, retentionCutoff, type RetentionRun } from '../../../shared/retention/policy';
import type { retentionCalls } from '../../../shared/retention/calls';
import type { WritableDB } from '../db/types';
import type { HandlersFor } from '../handler-map';
import type { SettingsService } from '../settings';
import type { Stores } from '../stores';
import { createChainPurge, flushWal } from './chain-purge';
import { createRetentionRuns } from './retention-runs';

/**
 * The retention policy, applied once per start in one IMMEDIATE transaction with tombstones,
 * after the first screen (app.ts: once the background full check has verified every chain):
 * - a mandate goes, with its journal rows, per-item revocations and the sessions held under
 *   it (their events and follow-ups), once it ended (end date, or whole revocation) more than
 *   `retentionMonths` ago — unless a kept mandate amends it or a session under it is open;
 * - a closed session held without a mandate goes that long after it was closed;
 * - rehearsals and person-level journal rows (rehearsal, guide printed) that long after they happened;
 * - a person goes once nothing is left of their file and it was not touched in that time.
 * Open sessions and mandates still in force are never reached: they have not ended.
 */
export function createRetention(db: WritableDB, stores: Stores, settings: SettingsService, now: () => Date, log: (e: unknown) => void) {
  const purge = createChainPurge(db, stores);
  const runs = createRetentionRuns(db);

  /** Ended mandates that may go: not amended by one that stays, no session open under them. */
  function purgeableMandates(cutoff: string): string[] {
    const set = new Set(stores.mandates.endedBefore(cutoff));
    for (const id of stores.sessions.mandatesInUse()) set.delete(id);
    const links = stores.mandates.amendments();
    for (let changed = true; changed; ) {
      changed = false;
      for (const { id, supersedes_id } of links) {
        if (!set.has(id) && set.has(supersedes_id)) {
          set.delete(supersedes_id);
          changed = true;
        }
      }
    }
    return [...set];
  }

  const apply = db.transaction((months: number, at: number): RetentionRun => {
    const cutoff = retentionCutoff(parisDate(at), months);
    // Midnight UTC of the cutoff day: an hour either way does not matter at a scale of months.
    const cutoffMs = Date.parse(`${cutoff}T00:00:00Z`);
    const cutoffIso = new Date(cutoffMs).toISOString();
    const mandates = JSON.stringify(purgeableMandates(cutoff));
    const sessionIds = stores.sessions.closedForRetention(mandates, cutoffMs);
    const sessions = JSON.stringify(sessionIds);
    let followups = 0;
    let rehearsals = 0;
    let persons = 0;
    let mandateCount = 0;
    const removed = purge(
      'retention',
      {
        sessionEvents: stores.events.linksOfSessions(sessions),
        journal: stores.journal.linksForRetention(mandates, cutoffIso),
        remove() {
          followups = stores.followups.removeOfSessions(sessions);
          stores.sessions.removeMany(sessions);
          mandateCount = stores.mandates.removeMany(mandates);
          rehearsals = stores.rehearsals.removeBefore(cutoff);
          persons = stores.persons.removeForgotten(cutoffIso);
        },
        // The digests journaled about the sessions removed and the persons forgotten.
        records: () => (persons > 0 || sessionIds.length > 0 ? stores.records.orphanLinks() : []),
      },
      at,
    );
    const run = { ranAt: at, months, persons, mandates: mandateCount, sessions: sessionIds.length, sessionEvents: removed.sessionEvents, journalRows: removed.journalRows, followups, rehearsals };
    runs.add(run);
    return { ...run, seen: false };
  });

  const handlers: HandlersFor<typeof retentionCalls> = {
    getRetentionReport: () => runs.last(),
    /**
     * The latest run that removed something and whose notice was not dismissed: a restart
     * before the helper read it (a later run with nothing to purge) does not hide it.
     */
    getRetentionNotice: () => runs.unseenPurge(),
    dismissRetentionNotice() {
      runs.markSeen();
      return null;
    },
  };

  return {
    /** One run now, when the policy is on; null when it is off. */
    run(): RetentionRun | null {
      const { retentionEnabled, retentionMonths } = settings.get();
      if (!retentionEnabled) return null;
      const run = apply.immediate(retentionMonths, now().getTime());
      if (purgedAnything(run)) flushWal(db);
      return run;
    },
    /**
     * After start-up's full check: a purge never runs over chains that do not verify (it could
     * remove the very rows that show tampering), nor without a finished check (null); a failed
     * purge is logged without stopping the app (its transaction left nothing half-done).
     */
    runAfterCheck(integrity: IntegrityReport | null): RetentionRun | null {
      // The break itself is already logged and shown; the last report then stays the previous one.
      if (!integrity?.ok) return null;
      try {
        return this.run();
      } catch (error) {
        log(error);
        return null;
      }
    },
    handlers,
  };
}

export type Retention = ReturnType<typeof createRetention>;
