import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { CHAIN_NAMES, type ChainName } from '../db/chains';

/**
 * What a backup's sidecar (`.check.json`) keeps of the chains at the time of the copy, read
 * from the copy itself: each chain's head (rowid, hash) and row count, and the recorded
 * runs (how many, the last id), the checkpoints, and whether a key sealed them. A witness
 * outside the data file.
 */
const Head = z.object({ rowid: z.number().int().nonnegative(), hash: z.string(), rows: z.number().int().nonnegative() });
export const Witness = z.object({
  heads: z.partialRecord(z.enum(CHAIN_NAMES as [ChainName, ...ChainName[]]), Head),
  runs: z.object({ count: z.number().int().nonnegative(), lastId: z.number().int().nonnegative() }),
  /** Each chain's checkpoint in the copy: a live one may move on from there, never back. */
  checkpoints: z.partialRecord(z.enum(CHAIN_NAMES as [ChainName, ...ChainName[]]), z.object({ rowid: z.number().int().nonnegative(), hash: z.string() })).default({}),
  /** The fingerprint of the key that sealed the copy's heads (records/chain-seal.ts), or null. */
  sealKeyId: z.string().nullable().default(null),
});
export type Witness = z.infer<typeof Witness>;

/** The witness of a database (a backup copy just written); null for a schema older than the runs table. */
export function readWitness(db: Database.Database): Witness | null {
  const has = (table: string) => db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) === 1;
  if (!has('chain_runs')) return null;
  const heads: Witness['heads'] = {};
  for (const name of CHAIN_NAMES) {
    if (!has(name)) continue;
    const head = db.prepare<[], { rowid: number; hash: string }>(`SELECT rowid, hash FROM ${name} ORDER BY rowid DESC LIMIT 1`).get();
    const rows = db.prepare<[], number>(`SELECT count(*) FROM ${name}`).pluck().get() ?? 0;
    heads[name] = head ? { rowid: head.rowid, hash: head.hash, rows } : { rowid: 0, hash: '', rows: 0 };
  }
  const runs = db.prepare<[], { count: number; lastId: number | null }>('SELECT count(*) AS count, max(id) AS lastId FROM chain_runs').get()!;
  const sealKeyId = has('chain_seal') ? ((db.prepare<[], string | null>('SELECT key_id FROM chain_seal WHERE id = 1').pluck().get() as string | null | undefined) ?? null) : null;
  const checkpoints: Witness['checkpoints'] = {};
  for (const c of db.prepare<[], { chain: ChainName; last_rowid: number; last_hash: string }>('SELECT chain, last_rowid, last_hash FROM chain_checkpoints').all()) {
    checkpoints[c.chain] = { rowid: c.last_rowid, hash: c.last_hash };
  }
  return { heads, runs: { count: runs.count, lastId: runs.lastId ?? 0 }, checkpoints, sealKeyId };
}
