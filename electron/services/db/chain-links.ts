import { hash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** What a hashed column may hold. */
export type ChainValue = string | number | null;

/**
 * Each chained row stores the hash of the row before it (in insertion order) and its own
 * hash over that link plus its content, so editing, inserting or removing any row breaks
 * every hash after it. The content is serialised as a JSON array in a fixed field order.
 */
export function chainHash(prevHash: string, fields: readonly ChainValue[]): string {
  return hash('sha256', `${prevHash}\n${JSON.stringify(fields)}`);
}

export interface ChainedRow {
  id: string;
  prev_hash: string;
  hash: string;
}

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

export interface WalkOptions {
  /** Hash of the row just before the first one given (a verified checkpoint); genesis by default. */
  start?: string;
  /** Position of the first row given, for reporting (0-based). */
  startIndex?: number;
  /**
   * Gaps left by an erasure or the retention purge, declared by tombstones (see
   * tombstone.ts): from the hash of the last kept row before a removed run to the hash of
   * the last removed row of that run, which the next kept row still points at.
   */
  gaps?: ReadonlyMap<string, string>;
  /**
   * Rows redacted in place (see RedactionPayload in tombstone.ts): stored hash → the hash
   * their redacted content gives. Such a row keeps its stored hash for the links after it.
   */
  redactions?: ReadonlyMap<string, string>;
}

/**
 * Walks rows in insertion order and recomputes each link; returns the first row whose
 * link or hash does not hold (the place where tampering starts), or null when intact.
 * A link may skip removed rows only where a tombstone declared the gap.
 */
export function firstBrokenLink<R extends ChainedRow>(
  rows: Iterable<R>,
  fieldsOf: (row: R) => readonly ChainValue[],
  options: WalkOptions = {},
): { index: number; row: R } | null {
  let prev = options.start ?? GENESIS_HASH;
  let index = options.startIndex ?? 0;
  const { gaps, redactions } = options;
  for (const row of rows) {
    if (row.prev_hash !== prev && !(gaps && bridged(gaps, prev, row.prev_hash))) return { index, row };
    const computed = chainHash(row.prev_hash, fieldsOf(row));
    if (computed !== row.hash && redactions?.get(row.hash) !== computed) return { index, row };
    prev = row.hash;
    index++;
  }
  return null;
}

/** Later erasures may remove the rows that followed an earlier gap: follow gaps end to end. */
function bridged(gaps: ReadonlyMap<string, string>, from: string, to: string): boolean {
  let at = from;
  for (let hops = 0; hops <= gaps.size; hops++) {
    const next = gaps.get(at);
    if (next === undefined) return false;
    if (next === to) return true;
    at = next;
  }
  return false;
}

/**
 * Walks `rows` (in rowid order, each with its rowid) from `from`, or from the genesis row
 * when `from` is null, with the link check above, and says where the walk ended.
 */
export function walkChain<R extends ChainedRow & { rowid: number }>(
  rows: Iterable<R>,
  fieldsOf: (row: R) => readonly ChainValue[],
  from: ChainPosition | null,
  declared: Pick<WalkOptions, 'gaps' | 'redactions'>,
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
  const options = from ? { ...declared, start: from.hash, startIndex: from.rows } : declared;
  const broken = firstBrokenLink(tracked(), fieldsOf, options);
  const end = last as R | null;
  const base = from?.rows ?? 0;
  return {
    broken,
    last: broken ? null : end ? { rowid: end.rowid, hash: end.hash, rows: base + walked } : from,
    walked,
  };
}
