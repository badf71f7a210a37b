import { GENESIS_HASH, type ChainPosition } from './chain-links';
import type { RowLink } from './chain';
import { CHAINS, type ChainName } from './chains';
import type { Db } from './types';

export type { ChainName } from './chains';

interface CheckpointRow {
  last_rowid: number;
  last_hash: string;
  rows: number;
}

/**
 * What a chain's checkpoint says at start-up:
 * - 'verified': its row is there with the recorded hash; walks resume after it;
 * - 'genesis': no row was verified in full yet (a new chain, or a purge removed every row up
 *   to it): walks start from the first row;
 * - 'missing': the checkpoint row itself is gone; 'changed': its row is gone or holds another
 *   hash. Since every chain has a checkpoint (migration 0012) and the purge moves it rather
 *   than dropping it, only an edit outside Binôme does either: a break.
 */
export type CheckpointState =
  | { status: 'verified'; at: ChainPosition }
  | { status: 'genesis' }
  | { status: 'missing' }
  | { status: 'changed'; rowid: number; rows: number };

/**
 * Where each chain was last verified from its first row (chain_checkpoints, migrations 0006
 * and 0012), and the only code that writes it.
 */
export function createCheckpoints(db: Db) {
  const read = db.prepare<[string], CheckpointRow>('SELECT last_rowid, last_hash, rows FROM chain_checkpoints WHERE chain = ?');
  const hashAt = byChain((t) => db.prepare<[number], string>(`SELECT hash FROM ${t} WHERE rowid = ?`).pluck());
  const keptBefore = byChain((t) => db.prepare<[number], { rowid: number; hash: string }>(`SELECT rowid, hash FROM ${t} WHERE rowid < ? ORDER BY rowid DESC LIMIT 1`));
  const upsert = db.prepare(
    `INSERT INTO chain_checkpoints (chain, last_rowid, last_hash, rows, verified_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (chain) DO UPDATE SET last_rowid = excluded.last_rowid, last_hash = excluded.last_hash,
       rows = excluded.rows, verified_at = excluded.verified_at`,
  );
  const move = db.prepare('UPDATE chain_checkpoints SET last_rowid = ?, last_hash = ?, rows = ? WHERE chain = ?');

  return {
    state(chain: ChainName): CheckpointState {
      const row = read.get(chain);
      if (!row) return { status: 'missing' };
      if (row.last_rowid === 0 && row.last_hash === GENESIS_HASH) return { status: 'genesis' };
      if (hashAt[chain].get(row.last_rowid) !== row.last_hash) return { status: 'changed', rowid: row.last_rowid, rows: row.rows };
      return { status: 'verified', at: { rowid: row.last_rowid, hash: row.last_hash, rows: row.rows } };
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
    /**
     * Inside a purge, once `removed` rows of `chain` are deleted: the checkpoint stays valid.
     * Its position counts the rows removed before it; if its own row went, it moves back to
     * the last row kept before it (the tombstone's gap bridges from there), or to genesis.
     */
    afterPurge(chain: ChainName, removed: readonly RowLink[]): void {
      const row = read.get(chain);
      if (!row || row.last_rowid === 0) return;
      const before = removed.filter((r) => r.rowid <= row.last_rowid).length;
      if (before === 0) return;
      const rows = row.rows - before;
      if (!removed.some((r) => r.rowid === row.last_rowid)) return void move.run(row.last_rowid, row.last_hash, rows, chain);
      const kept = keptBefore[chain].get(row.last_rowid);
      if (kept && rows > 0) move.run(kept.rowid, kept.hash, rows, chain);
      else move.run(0, GENESIS_HASH, 0, chain);
    },
  };
}

export type Checkpoints = ReturnType<typeof createCheckpoints>;

function byChain<T>(make: (table: string) => T): Record<ChainName, T> {
  return Object.fromEntries(Object.keys(CHAINS).map((name) => [name, make(name)])) as Record<ChainName, T>;
}

