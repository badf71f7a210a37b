import type { ChainName } from '../db/chains';
import type { MarkerReason } from '../db/tombstone';
import type { WritableDB } from '../db/types';

export type RunCounts = Partial<Record<ChainName, number>>;

/**
 * chain_runs (migration 0010), and the only code that writes it: one row per run that
 * removed or redacted chained rows, with how many in each chain. The purge writes it in the
 * same transaction as its tombstones; the integrity check (records/run-check.ts) matches
 * every tombstone against it.
 */
export function createChainRuns(db: WritableDB) {
  const insert = db.prepare('INSERT INTO chain_runs (reason, at, session_events, mandate_journal, record_journal) VALUES (?, ?, ?, ?, ?)');
  return {
    add(reason: MarkerReason, at: number, counts: RunCounts): void {
      insert.run(reason, at, counts.session_events ?? 0, counts.mandate_journal ?? 0, counts.record_journal ?? 0);
    },
  };
}

export type ChainRuns = ReturnType<typeof createChainRuns>;
