import type { RowLink } from '../db/chain';
import { CHAIN_NAMES, type ChainName } from '../db/chains';
import { createCheckpoints } from '../db/checkpoints';
import { gapsOf, type TombstonePayload } from '../db/tombstone';
import type { Db, WritableDB } from '../db/types';
import type { Stores } from '../stores';
import { createChainRuns } from './chain-runs';

/** A chained row about to go, with its link: enough to declare the gap it leaves. */
export type DoomedRow = RowLink;

export interface PurgePlan {
  /** Every session event the deletions will remove (cascades included), in rowid order. */
  sessionEvents: DoomedRow[];
  /** Every mandate-journal row to remove, in rowid order; deleted here by rowid. */
  journal: DoomedRow[];
  /** Deletes the non-journal rows (persons, sessions, mandates…), after the journal rows; the purge gate is open. */
  remove(): void;
  /**
   * Called once `remove` has run: the record-journal rows about what it deleted (what the
   * deletions reached decides, e.g. the persons retention forgot), in rowid order; deleted
   * here by rowid.
   */
  records(): DoomedRow[];
}

export interface PurgeCounts {
  sessionEvents: number;
  journalRows: number;
  recordRows: number;
}

/**
 * The one place where chained rows are deleted (erasure and retention both come here).
 * `purge` must run inside the caller's IMMEDIATE transaction: it opens the purge gate,
 * deletes, checks that exactly the planned rows went, chains a tombstone (reason, count and
 * gaps — nothing personal) onto each chain that lost rows, records the run (chain_runs:
 * what the integrity check matches each tombstone against), closes the gate, and moves the
 * chains' checkpoints past what went (db/checkpoints.ts) so they stay valid.
 */
export function createChainPurge(db: WritableDB, stores: Pick<Stores, 'events' | 'journal' | 'records' | 'searchIndex'>) {
  const chains = { session_events: stores.events.chain, mandate_journal: stores.journal.chain, record_journal: stores.records.chain };
  const checkpoints = createCheckpoints(db);
  const runs = createChainRuns(db);
  // purge_gate: the triggers let chained rows be deleted only while it is open (migration 0002).
  const setGate = db.prepare('UPDATE purge_gate SET open = ? WHERE id = 1');
  const gateOpen = (fn: () => void) => {
    setGate.run(1);
    try {
      fn();
    } finally {
      setGate.run(0);
    }
  };
  const count = (names: readonly ChainName[]) => Object.fromEntries(names.map((n) => [n, chains[n].count()])) as Partial<Record<ChainName, number>>;

  /**
   * `by`: the helper profile unlocked when an erasure ran, named in each tombstone it writes
   * (who did it, never whom). Every person has record-journal rows (each save is journaled),
   * so an erasure always writes at least one tombstone; a tombstone with nothing removed would
   * match no recorded run (records/run-check.ts), so none is written for the signature alone.
   */
  return function purge(reason: TombstonePayload['reason'], plan: PurgePlan, at: number, by?: TombstonePayload['by']): PurgeCounts {
    const signed = by ? { by } : {};
    // Counting a chain reads all of it (a million events: tens of ms): only the chains the purge may touch.
    const chained = plan.sessionEvents.length + plan.journal.length > 0;
    const before = count(chained ? CHAIN_NAMES : []);
    if (!chained) {
      // Nothing chained is planned: the gate stays shut, so any chained row the deletions
      // would reach after all makes the triggers abort the whole transaction.
      plan.remove();
    } else {
      gateOpen(() => {
        // Journal rows first: `remove` may then rely on what is left (a person with no row left).
        for (const row of plan.journal) stores.journal.removeRow(row.rowid);
        plan.remove();
      });
    }
    const records = plan.records();
    if (!chained && records.length === 0) return { sessionEvents: 0, journalRows: 0, recordRows: 0 };
    before.record_journal ??= chains.record_journal.count();
    if (records.length > 0) gateOpen(() => records.forEach((row) => stores.records.removeRow(row.rowid)));
    const planned: Record<ChainName, DoomedRow[]> = { session_events: plan.sessionEvents, mandate_journal: plan.journal, record_journal: records };
    if (chained) stores.searchIndex.afterPurge();
    // A row removed without being declared would break the chain for good: refuse (the
    // caller's transaction rolls everything back) rather than commit a silent gap.
    const touched = CHAIN_NAMES.filter((n) => before[n] !== undefined);
    const after = count(touched);
    const removed = { session_events: 0, mandate_journal: 0, record_journal: 0 };
    for (const name of touched) {
      removed[name] = before[name]! - after[name]!;
      if (removed[name] !== planned[name].length) throw new Error(`purge removed ${removed[name]} rows of ${name}, planned ${planned[name].length}`);
    }
    for (const name of CHAIN_NAMES) {
      const rows = planned[name];
      if (rows.length === 0) continue;
      chains[name].appendTombstone({ reason, removed: rows.length, gaps: gapsOf(rows), ...signed }, at);
      checkpoints.afterPurge(name, rows);
    }
    runs.add(reason, at, removed);
    return { sessionEvents: removed.session_events, journalRows: removed.mandate_journal, recordRows: removed.record_journal };
  };
}

/**
 * After an erasure or a purge has committed: copy the WAL into the database file and empty
 * it, so the removed rows' old pages do not linger in the -wal file (secure_delete, set at
 * open, has already zeroed them in the database pages).
 */
export function flushWal(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
