import type { RowLink } from '../db/chain';
import { createCheckpoints } from '../db/checkpoints';
import { gapsOf, type TombstonePayload } from '../db/tombstone';
import type { Db, WritableDB } from '../db/types';
import type { Stores } from '../stores';

/** A chained row about to go, with its link: enough to declare the gap it leaves. */
export type DoomedRow = RowLink;

export interface PurgePlan {
  /** Every session event the deletions will remove (cascades included), in rowid order. */
  sessionEvents: DoomedRow[];
  /** Every mandate-journal row to remove, in rowid order; deleted here by rowid. */
  journal: DoomedRow[];
  /** Deletes the non-journal rows (persons, sessions, mandates…), after the journal rows; the purge gate is open. */
  remove(): void;
}

export interface PurgeCounts {
  sessionEvents: number;
  journalRows: number;
}

/**
 * The one place where chained rows are deleted (erasure and retention both come here).
 * `purge` must run inside the caller's IMMEDIATE transaction: it opens the purge gate,
 * deletes, checks that exactly the planned rows went, chains a tombstone (reason, count and
 * gaps — nothing personal) onto each chain that lost rows, closes the gate, and forgets the
 * chains' checkpoints so that the next start-up check walks them in full.
 */
export function createChainPurge(db: WritableDB, stores: Pick<Stores, 'events' | 'journal' | 'searchIndex'>) {
  const events = stores.events.chain;
  const journal = stores.journal.chain;
  const checkpoints = createCheckpoints(db);
  // purge_gate: the triggers let chained rows be deleted only while it is open (migration 0002).
  const setGate = db.prepare('UPDATE purge_gate SET open = ? WHERE id = 1');

  /**
   * `by`: the helper who ran an erasure. With it, the journal gets its tombstone even when the
   * person had no chained row, so every erasure names who did it.
   */
  return function purge(reason: TombstonePayload['reason'], plan: PurgePlan, at: number, by?: TombstonePayload['by']): PurgeCounts {
    const signed = by ? { by } : {};
    if (plan.sessionEvents.length === 0 && plan.journal.length === 0) {
      // Nothing chained is planned: the gate stays shut, so any chained row the deletions
      // would reach after all makes the triggers abort the whole transaction.
      plan.remove();
      if (by) journal.appendTombstone({ reason, removed: 0, gaps: [], ...signed }, at);
      return { sessionEvents: 0, journalRows: 0 };
    }
    const before = { events: events.count(), journal: journal.count() };
    setGate.run(1);
    try {
      // Journal rows first: `remove` may then rely on what is left (a person with no row left).
      for (const row of plan.journal) stores.journal.removeRow(row.rowid);
      plan.remove();
    } finally {
      setGate.run(0);
    }
    stores.searchIndex.afterPurge();
    // A row removed without being declared would break the chain for good: refuse (the
    // caller's transaction rolls everything back) rather than commit a silent gap.
    const removedEvents = before.events - events.count();
    const removedJournal = before.journal - journal.count();
    if (removedEvents !== plan.sessionEvents.length || removedJournal !== plan.journal.length) {
      throw new Error(`purge removed ${removedEvents}/${removedJournal} chained rows, planned ${plan.sessionEvents.length}/${plan.journal.length}`);
    }
    if (plan.sessionEvents.length > 0) {
      events.appendTombstone({ reason, removed: plan.sessionEvents.length, gaps: gapsOf(plan.sessionEvents), ...signed }, at);
      checkpoints.forget('session_events');
    }
    if (plan.journal.length > 0 || by) {
      journal.appendTombstone({ reason, removed: plan.journal.length, gaps: gapsOf(plan.journal), ...signed }, at);
      checkpoints.forget('mandate_journal');
    }
    return { sessionEvents: removedEvents, journalRows: removedJournal };
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
