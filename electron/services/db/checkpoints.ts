import { firstBrokenLink, type ChainedRow } from './chain';
import type { Db } from './types';

export type ChainName = 'session_events' | 'mandate_journal';

/** A row of a chain that was reached by a walk: where the next walk may resume. */
export interface ChainPosition {
  rowid: number;
  hash: string;
  /** How many rows of the chain, this one included, lie up to here (its 1-based position). */
  rows: number;
}

export interface ChainWalk<R> {
  /** The first row whose link or hash does not hold, or null. */
  broken: { index: number; row: R } | null;
  /** The last row walked when intact (null if there was none): the next walk resumes after it. */
  last: ChainPosition | null;
  /** Rows recomputed by this walk. */
  walked: number;
}

/**
 * Walks `rows` (in rowid order, each with its rowid) from `from`, or from the genesis row
 * when `from` is null, with the chain's own link check (firstBrokenLink). `gaps` are the
 * tombstone-declared gaps, loaded by the caller from the chain's tombstones.
 */
export function walkChain<R extends ChainedRow & { rowid: number }>(
  rows: Iterable<R>,
  fieldsOf: (row: R) => readonly (string | number | null)[],
  from: ChainPosition | null,
  gaps: ReadonlyMap<string, string>,
): ChainWalk<R> {
  let last: R | null = null;
  let walked = 0;
  function* tracked() {
    for (const row of rows) {
      last = row;
      walked++;
      yield row;
    }
  }
  const options = from ? { start: from.hash, startIndex: from.rows, gaps } : { gaps };
  const broken = firstBrokenLink(tracked(), fieldsOf, options);
  const end = last as R | null;
  const base = from?.rows ?? 0;
  return {
    broken,
    last: broken ? null : end ? { rowid: end.rowid, hash: end.hash, rows: base + walked } : from,
    walked,
  };
}

interface CheckpointRow {
  last_rowid: number;
  last_hash: string;
  rows: number;
}

/**
 * Where each chain was last verified from its first row (chain_checkpoints, migration
 * 0006). A checkpoint is trusted only while its row is still there with the same hash:
 * an erasure, a purge or a hand edit that touched it sends the next check back to a
 * full walk.
 */
export function createCheckpoints(db: Db) {
  const read = db.prepare<[string], CheckpointRow>('SELECT last_rowid, last_hash, rows FROM chain_checkpoints WHERE chain = ?');
  const hashAt = {
    session_events: db.prepare<[number], string>('SELECT hash FROM session_events WHERE rowid = ?').pluck(),
    mandate_journal: db.prepare<[number], string>('SELECT hash FROM mandate_journal WHERE rowid = ?').pluck(),
  };
  const upsert = db.prepare(
    `INSERT INTO chain_checkpoints (chain, last_rowid, last_hash, rows, verified_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (chain) DO UPDATE SET last_rowid = excluded.last_rowid, last_hash = excluded.last_hash,
       rows = excluded.rows, verified_at = excluded.verified_at`,
  );
  const remove = db.prepare('DELETE FROM chain_checkpoints WHERE chain = ?');

  return {
    /** The checkpoint of `chain` if its row still holds the recorded hash; otherwise null. */
    get(chain: ChainName): ChainPosition | null {
      const row = read.get(chain);
      if (!row) return null;
      const hash = hashAt[chain].get(row.last_rowid) as string | undefined;
      if (hash !== row.last_hash) return null;
      return { rowid: row.last_rowid, hash: row.last_hash, rows: row.rows };
    },
    /**
     * Records a position reached by a walk from the first row. Written only if the row is
     * still there with that hash (an erasure may have run between the walk and now).
     */
    save(chain: ChainName, at: ChainPosition, verifiedAt: number): void {
      db.transaction(() => {
        if (hashAt[chain].get(at.rowid) === at.hash) upsert.run(chain, at.rowid, at.hash, at.rows, verifiedAt);
      }).immediate();
    },
    /** For an erasure or a purge that removes rows of `chain`: the next check walks it in full. */
    forget(chain: ChainName): void {
      remove.run(chain);
    },
  };
}

export type Checkpoints = ReturnType<typeof createCheckpoints>;
