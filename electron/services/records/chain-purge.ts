import type { RowLink } from '../db/chain';
import type { ChainName } from '../db/chains';
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
  const counts = () => ({ session_events: chains.session_events.count(), mandate_journal: chains.mandate_journal.count(), record_journal: chains.record_journal.count() });

  return function purge(reason: TombstonePayload['reason'], plan: PurgePlan, at: number): PurgeCounts {
    const before = counts();
    if (plan.sessionEvents.length === 0 && plan.journal.length === 0) {
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
    if (records.length > 0) gateOpen(() => records.forEach((row) => stores.records.removeRow(row.rowid)));
    const planned: Record<ChainName, DoomedRow[]> = { session_events: plan.sessionEvents, mandate_journal: plan.journal, record_journal: records };
    if (planned.session_events.length + planned.mandate_journal.length > 0) stores.searchIndex.afterPurge();
    // A row removed without being declared would break the chain for good: refuse (the
    // caller's transaction rolls everything back) rather than commit a silent gap.
    const after = counts();
    const removed = { session_events: before.session_events - after.session_events, mandate_journal: before.mandate_journal - after.mandate_journal, record_journal: before.record_journal - after.record_journal };
    for (const name of Object.keys(planned) as ChainName[]) {
      if (removed[name] !== planned[name].length) {
        throw new Error(`purge removed ${removed[name]} rows of ${name}, planned ${planned[name].length}`);
      }
    }
    let touched = false;
    for (const name of Object.keys(planned) as ChainName[]) {
      const rows = planned[name];
      if (rows.length === 0) continue;
      touched = true;
      chains[name].appendTombstone({ reason, removed: rows.length, gaps: gapsOf(rows) }, at);
      checkpoints.afterPurge(name, rows);
    }
    if (touched) runs.add(reason, at, removed);
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
