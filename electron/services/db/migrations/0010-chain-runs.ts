import type { Migration } from '../types';

/**
 * Every run that removes or redacts chained rows (an erasure, a retention purge, a
 * redaction) is recorded here, counts only, in the same transaction as the tombstone it
 * writes into each chain it touched (one column per chain, named after it). The integrity
 * check accepts a tombstone only when a recorded run matches it (reason, time, count), so a
 * tombstone forged to cover rows deleted by hand shows. Rows are never edited or deleted.
 *
 * Tombstones written before this version are recorded as they stand, one run per tombstone
 * (their chains verified or not, that is for the integrity check to say).
 */
export const m0010ChainRuns: Migration = {
  version: 10,
  name: 'chain-runs',
  up(db) {
    db.exec(`
      CREATE TABLE chain_runs (
        id INTEGER PRIMARY KEY,
        reason TEXT NOT NULL CHECK (reason IN ('erasure', 'retention', 'redaction')),
        at INTEGER NOT NULL,
        session_events INTEGER NOT NULL DEFAULT 0,
        mandate_journal INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO chain_runs (reason, at, session_events, mandate_journal) VALUES (?, ?, ?, ?)');
    const tombstones = (sql: string) => db.prepare<[], { at: number | string; payload: string }>(sql).all();
    const claim = (payload: string): { reason: string; removed: number } | null => {
      try {
        const p = JSON.parse(payload) as { reason?: unknown; removed?: unknown };
        if ((p.reason === 'erasure' || p.reason === 'retention') && Number.isInteger(p.removed)) return { reason: p.reason, removed: p.removed as number };
      } catch {
        // Not a tombstone this version wrote: the integrity check reports it.
      }
      return null;
    };
    for (const t of tombstones("SELECT at, payload FROM session_events WHERE type = 'tombstone' ORDER BY rowid")) {
      const c = claim(t.payload);
      if (c) insert.run(c.reason, t.at, c.removed, 0);
    }
    for (const t of tombstones("SELECT at, payload FROM mandate_journal WHERE kind = 'tombstone' ORDER BY rowid")) {
      const c = claim(t.payload);
      const at = Date.parse(String(t.at));
      if (c && Number.isFinite(at)) insert.run(c.reason, at, 0, c.removed);
    }
    db.exec(`
      CREATE TRIGGER chain_runs_no_update BEFORE UPDATE ON chain_runs
        BEGIN SELECT RAISE(ABORT, 'run records are never edited'); END;
      CREATE TRIGGER chain_runs_no_delete BEFORE DELETE ON chain_runs
        BEGIN SELECT RAISE(ABORT, 'run records are never deleted'); END;
    `);
  },
};
