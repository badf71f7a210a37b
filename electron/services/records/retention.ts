import type { IntegrityReport } from '../../../shared/records/calls';
import { parisDate } from '../../../shared/mandate/dates';
import { purgedAnything, retentionCutoff, type RetentionRun } from '../../../shared/retention/policy';
import type { retentionCalls, RetentionSettingCheck } from '../../../shared/retention/calls';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { WritableDB } from '../db/types';
import type { HandlersFor } from '../handler-map';
import type { SettingsService } from '../settings';
import type { Stores } from '../stores';
import { createChainPurge, flushWal } from './chain-purge';
import type { FolderFacts } from './folder-facts';
import { createRetentionRuns } from './retention-runs';

/** The shortest period Réglages accepts: no signed text states less. */
const SHORTEST_MONTHS = 12;

/**
 * The retention policy, applied once per start in one IMMEDIATE transaction with tombstones,
 * after the first screen (app.ts: once the background full check has verified every chain):
 * - a mandate goes, with its journal rows, per-item revocations and the sessions held under
 *   it (their events and follow-ups), once it ended (end date, or whole revocation) more than
 *   the period its signed text states ago (the setting for a draft or a text that states
 *   none) — unless a kept mandate amends it or a session under it is open. Its end is read
 *   from its content once the row was checked against its journal (record-check.ts): a row
 *   that disagrees (an end date moved in a column, an attestation recomputed) is skipped and
 *   counted, never purged;
 * - a closed session held without a mandate goes that long after it was closed;
 * - rehearsals and person-level journal rows (rehearsal, guide printed) that long after they happened;
 * - a person goes once nothing is left of their file and it was not touched in that time.
 * Open sessions and mandates still in force are never reached: they have not ended.
 *
 * The setting comes from settings.json, which anyone can edit without the data key: a period
 * shorter than the one last set through Réglages (journaled in folder_facts), or the purge
 * switched on when Réglages had it off, purges nothing until it is confirmed in Réglages.
 */
export function createRetention(db: WritableDB, stores: Stores, settings: SettingsService, facts: FolderFacts, now: () => Date, log: (e: unknown) => void) {
  const purge = createChainPurge(db, stores);
  const runs = createRetentionRuns(db);

  /** The setting read from the file against the one last set in Réglages (the default before any). */
  function settingCheck(): RetentionSettingCheck {
    const { retentionEnabled, retentionMonths } = settings.get();
    const file = { enabled: retentionEnabled, months: retentionMonths };
    const lastSet = facts.retentionSetting() ?? { enabled: DEFAULT_SETTINGS.retentionEnabled, months: DEFAULT_SETTINGS.retentionMonths };
    const needsConfirmation = file.enabled && (!lastSet.enabled || file.months < lastSet.months);
    return { file, lastSet, needsConfirmation };
  }

  /**
   * Ended mandates that may go: each checked against its journal and judged on its verified
   * content with its own period; not amended by one that stays, no session open under them.
   */
  function purgeableMandates(today: string, months: number): { ids: string[]; skipped: number } {
    const set = new Set<string>();
    let skipped = 0;
    // The columns only pick candidates (indexed, cheap); the content decides.
    for (const id of stores.mandates.endedBefore(retentionCutoff(today, Math.min(months, SHORTEST_MONTHS)))) {
      const verdict = stores.mandates.verdict(id);
      if (verdict.problem !== null || verdict.mandate === null) {
        skipped++;
        continue;
      }
      const m = verdict.mandate;
      const whole = m.revocations.filter((r) => r.scope === 'whole').map((r) => r.date);
      const ended = [m.validity.end, ...whole].sort()[0]!;
      const stated = m.consent !== null && m.retentionMonths ? m.retentionMonths : months;
      if (ended < retentionCutoff(today, stated)) set.add(id);
    }
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
    return { ids: [...set], skipped };
  }

  const apply = db.transaction((months: number, at: number): RetentionRun => {
    const cutoff = retentionCutoff(parisDate(at), months);
    // Midnight UTC of the cutoff day: an hour either way does not matter at a scale of months.
    const cutoffMs = Date.parse(`${cutoff}T00:00:00Z`);
    const cutoffIso = new Date(cutoffMs).toISOString();
    const purgeable = purgeableMandates(parisDate(at), months);
    if (purgeable.skipped > 0) log(`Conservation : ${purgeable.skipped} mandat(s) en désaccord avec leur journal laissé(s) de côté, rien effacé à leur sujet.`);
    const mandates = JSON.stringify(purgeable.ids);
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
    getRetentionSettingCheck: settingCheck,
    /** The helper confirms in Réglages the setting the file holds: it becomes the one last set. */
    confirmRetentionSetting() {
      const { file } = settingCheck();
      facts.recordRetentionSetting(file, now().getTime());
      return settingCheck();
    },
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
      if (settingCheck().needsConfirmation) {
        log(`Conservation : la durée lue dans settings.json (${retentionMonths} mois) est plus courte que celle réglée dans Binôme, ou la purge y a été activée : rien n’est effacé avant une confirmation dans Réglages.`);
        return null;
      }
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
    /** Réglages changed the setting: it becomes the one a file read later is compared with. */
    recordSetting(s: { retentionEnabled: boolean; retentionMonths: number }): void {
      facts.recordRetentionSetting({ enabled: s.retentionEnabled, months: s.retentionMonths }, now().getTime());
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
