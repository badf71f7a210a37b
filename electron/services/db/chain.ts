import { newId } from '../ids';
import { chainHash, GENESIS_HASH, walkChain, type ChainPosition, type ChainValue, type ChainWalk } from './chain-links';
import { gapMap, redactionMap, TOMBSTONE, type TombstonePayload } from './tombstone';
import { readOnly, type ReadableDB, type WritableDB } from './types';

/**
 * What makes a table a hash chain: the columns its hash covers, in their fixed order, then
 * `prev_hash` and `hash`. Every chained table also has a `payload` column (a tombstone's
 * JSON goes there) and a kind column where a tombstone says 'tombstone'.
 */
export interface ChainSpec<F extends string> {
  table: string;
  /** The hashed columns in hashing order. Stored hashes depend on it: never reorder or extend. */
  fields: readonly F[];
  /** The column naming the row's kind. */
  kindField: F;
  /** A tombstone's row: it belongs to nobody; `at` in the table's own time format. */
  tombstone(id: string, atMs: number, payload: string): Record<F, ChainValue>;
}

export type ChainRow<F extends string> = Record<F, ChainValue>;
export type StoredChainRow<F extends string> = ChainRow<F> & { rowid: number; id: string; prev_hash: string; hash: string };

/**
 * Called inside the writing transaction after rows were chained (the keyed seal over the
 * heads, records/chain-seal.ts, follows every write this way).
 */
export type ChainWriteHook = () => void;

/** A row's place in its chain: enough to declare the gap its removal leaves (tombstone.ts). */
export interface RowLink {
  rowid: number;
  prev_hash: string;
  hash: string;
}

/** The query for a chain's head (the hash the next row links to), for a store that reads it with more. */
export const headQuery = (spec: ChainSpec<string>) => `SELECT hash FROM ${spec.table} ORDER BY rowid DESC LIMIT 1`;

/**
 * Reading a chain: its head, its rows walked and recomputed. Needs no write access, so
 * the integrity check walks through a read-only handle.
 */
export function createChainReader<F extends string>(db: ReadableDB, spec: ChainSpec<F>) {
  const { table, fields } = spec;
  const head = db.prepare<[], string>(headQuery(spec)).pluck();
  const rowsAfter = db.prepare<[number, number], StoredChainRow<F>>(
    `SELECT rowid, ${fields.join(', ')}, prev_hash, hash FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
  );
  const tombstones = db.prepare<[], string>(`SELECT payload FROM ${table} WHERE ${spec.kindField} = '${TOMBSTONE}'`).pluck();
  const count = db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck();

  /** Recomputes the chain from `from` (a checkpoint, or the first row when null), at most `limit` rows (all when negative). */
  function walk(from: ChainPosition | null = null, limit = -1): ChainWalk<StoredChainRow<F>> {
    const markers = tombstones.all();
    return walkChain(rowsAfter.iterate(from?.rowid ?? 0, limit), (row) => valuesOf(spec, row), from, { gaps: gapMap(markers), redactions: redactionMap(markers) });
  }

  return {
    table,
    /** The hash the next row will link to. */
    head: () => head.get() ?? GENESIS_HASH,
    walk,
    /** Recomputes the whole chain; the first broken row, or null when intact. */
    verify: () => walk().broken,
    /** Rows in the table, tombstones included (the purge checks what it removed against it). */
    count: () => count.get() ?? 0,
  };
}

/**
 * The one implementation of a hash-chained log, used by the session events and the mandate
 * journal alike (and through them by the purge and the integrity check). `append` and
 * `appendTombstone` must run inside an IMMEDIATE transaction, so that the head read here is
 * still the head when the rows are written, even with two processes on one database.
 */
export function createChain<F extends string>(db: WritableDB, spec: ChainSpec<F>, onWrite?: ChainWriteHook) {
  const reader = createChainReader(readOnly(db), spec);
  const { fields } = spec;
  const insert = db.prepare(`INSERT INTO ${spec.table} (${fields.join(', ')}, prev_hash, hash) VALUES (${fields.map(() => '?').join(', ')}, ?, ?)`);

  /** `head`: the chain's head when the caller has just read it (headQuery) in this same transaction. */
  function append(rows: readonly ChainRow<F>[], head: string | null = reader.head()): void {
    let prev = head ?? GENESIS_HASH;
    for (const row of rows) {
      const values = valuesOf(spec, row);
      const hash = chainHash(prev, values);
      insert.run(...values, prev, hash);
      prev = hash;
    }
    if (rows.length > 0) onWrite?.();
  }

  return {
    ...reader,
    append,
    /** Chains a tombstone (see tombstone.ts) onto the head; only the purge writes one. */
    appendTombstone(payload: TombstonePayload, atMs: number): void {
      append([spec.tombstone(newId(), atMs, JSON.stringify(payload))]);
    },
  };
}

const valuesOf = <F extends string>(spec: ChainSpec<F>, row: ChainRow<F>): ChainValue[] => spec.fields.map((f) => row[f]);

export type Chain<F extends string = string> = ReturnType<typeof createChain<F>>;
