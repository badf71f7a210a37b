import type { ChainPosition } from './chain-links';
import { CHAINS, type ChainName } from './chains';
import type { Db } from './types';
import type Database from 'better-sqlite3-multiple-ciphers';

export type { ChainName } from './chains';

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
  const hashAt = Object.fromEntries(
    Object.keys(CHAINS).map((name) => [name, db.prepare<[number], string>(`SELECT hash FROM ${name} WHERE rowid = ?`).pluck()]),
  ) as Record<ChainName, Database.Statement<[number], string>>;
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
