import { createChainReader } from '../db/chain';
import type { ChainPosition } from '../db/chain-links';
import { CHAINS } from '../db/chains';
import { readOnly, type Db } from '../db/types';

const SLICE = 20_000;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Walks a chain from its first row in slices: where it broke, or where it ends. */
async function walkChain(db: Db, name: keyof typeof CHAINS): Promise<{ brokenAt: number | null; last: ChainPosition | null }> {
  // The two specs differ in their fields only: a walk needs neither.
  const reader = createChainReader(readOnly(db), CHAINS[name] as (typeof CHAINS)['session_events']);
  let at: ChainPosition | null = null;
  for (;;) {
    const w = reader.walk(at, SLICE);
    if (w.broken) return { brokenAt: w.broken.index, last: null };
    if (w.walked < SLICE) return { brokenAt: null, last: w.last ?? at };
    at = w.last;
    await yieldToLoop();
  }
}

const tableNames = (db: Db) =>
  (db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]).sort();

/**
 * The encrypted copy holds what the plain file held before it may replace it: SQLite's full
 * integrity_check, the same schema version, the same tables with the same number of rows and the
 * same last rowid, and both hash chains walked from their first row to the same end (the same
 * head hash, or the same first break if the plain file was already tampered with: encrypting it
 * must neither hide nor cause a break). Throws, naming what differs.
 */
export async function verifyCopy(plain: Db, copy: Db): Promise<void> {
  const integrity = String(copy.pragma('integrity_check', { simple: true }));
  if (integrity !== 'ok') throw new Error(`encrypted copy: integrity_check says ${integrity}`);
  const version = (db: Db) => Number(db.pragma('user_version', { simple: true }));
  if (version(plain) !== version(copy)) throw new Error('encrypted copy: schema version differs');
  const names = tableNames(plain);
  if (JSON.stringify(names) !== JSON.stringify(tableNames(copy))) throw new Error('encrypted copy: tables differ');
  for (const name of names) {
    const shape = (db: Db) => JSON.stringify(db.prepare(`SELECT count(*) AS n, max(rowid) AS last FROM ${quote(name)}`).get());
    if (shape(plain) !== shape(copy)) throw new Error(`encrypted copy: rows of ${name} differ`);
  }
  for (const chain of Object.keys(CHAINS) as (keyof typeof CHAINS)[]) {
    if (!names.includes(chain)) continue;
    const [a, b] = [await walkChain(plain, chain), await walkChain(copy, chain)];
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`encrypted copy: the ${chain} chain differs`);
  }
}
