import type { WritableDB } from '../db/types';

export interface SessionRow {
  id: string;
  person_id: string;
  mandate_id: string | null;
  helper_id: string | null;
  helper_name: string;
  started_at: number;
  closed_at: number | null;
  outcome: string | null;
  current_step: string;
  /** The recap kept at closing (migration 0005). */
  recap: string | null;
  /** The closed session's seal (migration 0012, records/session-record.ts). */
  seal: string | null;
}

/** A sessions row with its person's name, as lists and the session view show it. */
export interface NamedSessionRow extends Omit<SessionRow, 'mandate_id' | 'helper_id' | 'helper_name' | 'recap' | 'seal'> {
  person_name: string;
}

export interface NewSession {
  id: string;
  personId: string;
  mandateId: string | null;
  /** The helper profile, when one was chosen (absent in tools that write sessions without profiles). */
  helperId?: string | null;
  helperName: string;
  startedAt: number;
  currentStep: string;
}

export interface SessionSummary {
  currentStep: string;
  closedAt?: number | null;
  outcome?: string | null;
  /** The recap text, set once at closing (history search indexes it). */
  recap?: string;
  /** The helper chosen at preparation: the profile and its name at that time. */
  helper?: { id: string; name: string };
}

/** Sets of ids cross into SQL as one JSON array (json_each), whatever their size. */
const IN_SET = '(SELECT value FROM json_each(?))';
const NAMED = `SELECT s.id, s.person_id, p.name AS person_name, s.started_at, s.closed_at, s.outcome, s.current_step
  FROM sessions s JOIN persons p ON p.id = s.person_id`;

/**
 * The sessions table, and the only code that writes it: a summary of each session's log
 * (session_events, the truth), kept in the same transaction as the events (log.ts).
 * History and the export read it too, through their own read models.
 */
export function createSessionStore(db: WritableDB) {
  const insert = db.prepare(
    `INSERT INTO sessions (id, person_id, mandate_id, helper_id, helper_name, started_at, current_step)
     VALUES (@id, @personId, @mandateId, @helperId, @helperName, @startedAt, @currentStep)`,
  );
  const setHelper = db.prepare('UPDATE sessions SET helper_id = ?, helper_name = ? WHERE id = ?');
  const linkHelper = db.prepare('UPDATE sessions SET helper_id = ? WHERE helper_id IS NULL AND helper_name = ?');
  // An ordinary step leaves the row alone unless the step changed, and never sets closed_at
  // or outcome (SQLite rewrites the index entries of every column a statement sets, and
  // those two are indexed): most appends then write no page of this table at all.
  const advance = db.prepare('UPDATE sessions SET current_step = @currentStep WHERE id = @id AND current_step <> @currentStep');
  const close = db.prepare(
    `UPDATE sessions SET current_step = @currentStep, closed_at = coalesce(@closedAt, closed_at),
       outcome = coalesce(@outcome, outcome) WHERE id = @id`,
  );
  const setRecap = db.prepare('UPDATE sessions SET recap = ? WHERE id = ?');
  const setSeal = db.prepare('UPDATE sessions SET seal = ? WHERE id = ?');
  const byId = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const namedById = db.prepare<[string], NamedSessionRow>(`${NAMED} WHERE s.id = ?`);
  const open = db.prepare<[], NamedSessionRow>(`${NAMED} WHERE s.closed_at IS NULL ORDER BY s.started_at`);
  const ofPerson = db.prepare<[string], NamedSessionRow>(`${NAMED} WHERE s.person_id = ? ORDER BY s.started_at DESC`);
  const openCountOf = db.prepare<[string], number>('SELECT count(*) FROM sessions WHERE person_id = ? AND closed_at IS NULL').pluck();
  const countOf = db.prepare<[string], number>('SELECT count(*) FROM sessions WHERE person_id = ?').pluck();
  const idsOfPerson = db.prepare<[string], string>('SELECT id FROM sessions WHERE person_id = ? ORDER BY started_at, rowid').pluck();
  const closedForRetention = db.prepare<[string, number], string>(
    `SELECT id FROM sessions WHERE closed_at IS NOT NULL AND (mandate_id IN ${IN_SET} OR (mandate_id IS NULL AND closed_at < ?))`,
  ).pluck();
  const mandatesInUse = db.prepare<[], string>('SELECT DISTINCT mandate_id FROM sessions WHERE closed_at IS NULL AND mandate_id IS NOT NULL').pluck();
  const removeMany = db.prepare(`DELETE FROM sessions WHERE id IN ${IN_SET}`);

  return {
    insert: (s: NewSession) => void insert.run({ ...s, helperId: s.helperId ?? null }),
    /** What the session's newest events say of it: its step, and its closing when they close it. */
    updateSummary(id: string, summary: SessionSummary): void {
      const closedAt = summary.closedAt ?? null;
      const outcome = summary.outcome ?? null;
      if (closedAt === null && outcome === null) advance.run({ id, currentStep: summary.currentStep });
      else close.run({ id, currentStep: summary.currentStep, closedAt, outcome });
      if (summary.recap !== undefined) setRecap.run(summary.recap, id);
      if (summary.helper !== undefined) setHelper.run(summary.helper.id, summary.helper.name, id);
    },
    /** At closing, once the closing events and the summary are written (records/session-record.ts). */
    setSeal: (id: string, seal: string) => void setSeal.run(seal, id),
    /** The upgrade to profiles: sessions held under the old single helper name now point at its profile; how many. */
    linkHelper: (helperName: string, helperId: string) => linkHelper.run(helperId, helperName).changes,
    get: (id: string) => byId.get(id),
    named: (id: string) => namedById.get(id),
    /** Sessions not closed yet, oldest first. */
    open: () => open.all(),
    /** A person's sessions, newest first. */
    ofPerson: (personId: string) => ofPerson.all(personId),
    openCountOf: (personId: string) => openCountOf.get(personId) ?? 0,
    countOf: (personId: string) => countOf.get(personId) ?? 0,
    /** Oldest first. */
    idsOfPerson: (personId: string) => idsOfPerson.all(personId),
    /** Retention: closed sessions held under these mandates (a JSON array of ids), or without one and closed before `cutoffMs`. */
    closedForRetention: (mandateIds: string, cutoffMs: number) => closedForRetention.all(mandateIds, cutoffMs),
    /** Mandates an open session is held under: retention never removes them. */
    mandatesInUse: () => mandatesInUse.all(),
    /** Retention: these sessions (a JSON array of ids), their events and search entries by cascade; how many went. */
    removeMany: (ids: string) => removeMany.run(ids).changes,
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
