import type { RetentionRun } from '../../../shared/retention/policy';
import type { WritableDB } from '../db/types';

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

const PURGED = '(persons + mandates + sessions + session_events + journal_rows + followups + rehearsals) > 0';

/** The retention_runs table (counts only, never who), and the only code that writes it. */
export function createRetentionRuns(db: WritableDB) {
  const insert = db.prepare(
    `INSERT INTO retention_runs (ran_at, months, persons, mandates, sessions, session_events, journal_rows, followups, rehearsals)
     VALUES (@ranAt, @months, @persons, @mandates, @sessions, @sessionEvents, @journalRows, @followups, @rehearsals)`,
  );
  // A hundred runs are plenty of history; a purge whose notice was not read yet is kept.
  const prune = db.prepare(`DELETE FROM retention_runs WHERE id <= (SELECT max(id) - 100 FROM retention_runs) AND (seen = 1 OR NOT ${PURGED})`);
  const last = db.prepare<[], RunRow>('SELECT * FROM retention_runs ORDER BY id DESC LIMIT 1');
  const unseenPurge = db.prepare<[], RunRow>(`SELECT * FROM retention_runs WHERE seen = 0 AND ${PURGED} ORDER BY id DESC LIMIT 1`);
  const markSeen = db.prepare('UPDATE retention_runs SET seen = 1 WHERE seen = 0');

  return {
    add(run: Omit<RetentionRun, 'seen'>): void {
      insert.run(run);
      prune.run();
    },
    last(): RetentionRun | null {
      const row = last.get();
      return row ? toRun(row) : null;
    },
    /** The latest run that removed something and whose notice was not dismissed. */
    unseenPurge(): RetentionRun | null {
      const row = unseenPurge.get();
      return row ? toRun(row) : null;
    },
    markSeen: () => void markSeen.run(),
  };
}
