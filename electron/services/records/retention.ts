import type { IntegrityReport } from '../../../shared/records/calls';
import { parisDate } from '../../../shared/mandate/dates';
import { purgedAnything, retentionCutoff, type RetentionRun } from '../../../shared/retention/policy';
import type { retentionCalls } from '../../../shared/retention/calls';
import type { Db } from '../db/types';
import type { HandlersFor } from '../handler-map';
import type { SettingsService } from '../settings';
import { createChainPurge, flushWal, type DoomedRow } from './chain-purge';

interface RunRow {
  ran_at: number;
  months: number;
  persons: number;
  mandates: number;
  sessions: number;
  session_events: number;
  journal_rows: number;
  followups: number;
  rehearsals: number;
  seen: number;
}

const toRun = (r: RunRow): RetentionRun => ({
  ranAt: r.ran_at,
  months: r.months,
  persons: r.persons,
  mandates: r.mandates,
  sessions: r.sessions,
  sessionEvents: r.session_events,
  journalRows: r.journal_rows,
  followups: r.followups,
  rehearsals: r.rehearsals,
  seen: r.seen === 1,
});

/** Sets of ids cross into SQL as one JSON array (json_each), whatever their size. */
const IN_SET = '(SELECT value FROM json_each(?))';

/**
 * The retention policy, applied at start-up in one IMMEDIATE transaction with tombstones:
 * - a mandate goes, with its journal rows, per-item revocations and the sessions held under
 *   it (their events and follow-ups), once it ended (end date, or whole revocation) more than
 *   `retentionMonths` ago — unless a kept mandate amends it or a session under it is open;
 * - a closed session held without a mandate goes that long after it was closed;
 * - rehearsals and person-level journal rows (rehearsal, guide printed) that long after they happened;
 * - a person goes once nothing is left of their file and it was not touched in that time.
 * Open sessions and mandates still in force are never reached: they have not ended.
 */
export function createRetention(db: Db, settings: SettingsService, now: () => Date, log: (e: unknown) => void) {
  const purge = createChainPurge(db);
  const endedMandates = db.prepare<[string], string>(
    'SELECT id FROM mandates WHERE min(end_date, coalesce(revoked_at, end_date)) < ?',
  ).pluck();
  const amendments = db.prepare<[], { id: string; supersedes_id: string }>('SELECT id, supersedes_id FROM mandates WHERE supersedes_id IS NOT NULL');
  const openMandates = db.prepare<[], string>('SELECT DISTINCT mandate_id FROM sessions WHERE closed_at IS NULL AND mandate_id IS NOT NULL').pluck();
  const doomedSessions = db.prepare<[string, number], string>(
    `SELECT id FROM sessions WHERE closed_at IS NOT NULL AND (mandate_id IN ${IN_SET} OR (mandate_id IS NULL AND closed_at < ?))`,
  ).pluck();
  const eventsOf = db.prepare<[string], DoomedRow>(`SELECT rowid, prev_hash, hash FROM session_events WHERE session_id IN ${IN_SET} ORDER BY rowid`);
  const journalOf = db.prepare<[string, string], DoomedRow>(
    `SELECT rowid, prev_hash, hash FROM mandate_journal
     WHERE mandate_id IN ${IN_SET} OR (mandate_id IS NULL AND person_id IS NOT NULL AND at < ?) ORDER BY rowid`,
  );
  const deleteFollowups = db.prepare(`DELETE FROM followups WHERE session_id IN ${IN_SET}`);
  const deleteSessions = db.prepare(`DELETE FROM sessions WHERE id IN ${IN_SET}`);
  const deleteMandates = db.prepare(`DELETE FROM mandates WHERE id IN ${IN_SET}`);
  const deleteRehearsals = db.prepare('DELETE FROM rehearsals WHERE done_on < ?');
  const deletePersons = db.prepare(
    `DELETE FROM persons WHERE updated_at < ?
       AND NOT EXISTS (SELECT 1 FROM mandates m WHERE m.person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM rehearsals r WHERE r.person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.person_id = persons.id)
       AND NOT EXISTS (SELECT 1 FROM mandate_journal j WHERE j.person_id = persons.id)`,
  );
  const insertRun = db.prepare(
    `INSERT INTO retention_runs (ran_at, months, persons, mandates, sessions, session_events, journal_rows, followups, rehearsals)
     VALUES (@ranAt, @months, @persons, @mandates, @sessions, @sessionEvents, @journalRows, @followups, @rehearsals)`,
  );
  const PURGED = '(persons + mandates + sessions + session_events + journal_rows + followups + rehearsals) > 0';
  // A hundred runs are plenty of history; a purge whose notice was not read yet is kept.
  const prune = db.prepare(`DELETE FROM retention_runs WHERE id <= (SELECT max(id) - 100 FROM retention_runs) AND (seen = 1 OR NOT ${PURGED})`);
  const lastRun = db.prepare<[], RunRow>('SELECT * FROM retention_runs ORDER BY id DESC LIMIT 1');
  const unseenPurge = db.prepare<[], RunRow>(`SELECT * FROM retention_runs WHERE seen = 0 AND ${PURGED} ORDER BY id DESC LIMIT 1`);
  const markSeen = db.prepare('UPDATE retention_runs SET seen = 1 WHERE seen = 0');

  /** Ended mandates that may go: not amended by one that stays, no session open under them. */
  function purgeableMandates(cutoff: string): string[] {
    const set = new Set(endedMandates.all(cutoff) as string[]);
    for (const id of openMandates.all() as string[]) set.delete(id);
    const links = amendments.all();
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
    const sessionIds = doomedSessions.all(mandates, cutoffMs) as string[];
    const sessions = JSON.stringify(sessionIds);
    let followups = 0;
    let rehearsals = 0;
    let persons = 0;
    let mandateCount = 0;
    const removed = purge(
      'retention',
      {
        sessionEvents: eventsOf.all(sessions),
        journal: journalOf.all(mandates, cutoffIso),
        remove() {
          followups = deleteFollowups.run(sessions).changes;
          deleteSessions.run(sessions);
          mandateCount = deleteMandates.run(mandates).changes;
          rehearsals = deleteRehearsals.run(cutoff).changes;
          persons = deletePersons.run(cutoffIso).changes;
        },
      },
      at,
    );
    const run = { ranAt: at, months, persons, mandates: mandateCount, sessions: sessionIds.length, ...removed, followups, rehearsals };
    insertRun.run(run);
    prune.run();
    return { ...run, seen: false };
  });

  const handlers: HandlersFor<typeof retentionCalls> = {
    getRetentionReport() {
      const row = lastRun.get();
      return row ? toRun(row) : null;
    },
    /**
     * The latest run that removed something and whose notice was not dismissed: a restart
     * before the helper read it (a later run with nothing to purge) does not hide it.
     */
    getRetentionNotice() {
      const row = unseenPurge.get();
      return row ? toRun(row) : null;
    },
    dismissRetentionNotice() {
      markSeen.run();
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
     * At start-up, after the integrity check: a purge never runs over chains that do not
     * verify (it could remove the very rows that show tampering), and a failed purge is
     * logged without stopping the app (its transaction left nothing half-done).
     */
    runAtStartup(integrity: IntegrityReport): void {
      // The break itself is already logged and shown; the last report then stays the previous one.
      if (!integrity.ok) return;
      try {
        this.run();
      } catch (error) {
        log(error);
      }
    },
    handlers,
  };
}

export type Retention = ReturnType<typeof createRetention>;
