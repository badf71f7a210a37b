import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Each chained row stores the hash of the row before it (in insertion order) and its own
 * hash over that link plus its content, so editing, inserting or removing any row breaks
 * every hash after it. The content is serialised as a JSON array in a fixed field order.
 */
export function chainHash(prevHash: string, fields: readonly (string | number | null)[]): string {
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

export interface ChainedRow {
  id: string;
  prev_hash: string;
  hash: string;
}

/**
 * Walks rows in insertion order and recomputes each link; returns the first row whose
 * link or hash does not hold (the place where tampering starts), or null when intact.
 */
export function firstBrokenLink<R extends ChainedRow>(rows: Iterable<R>, fieldsOf: (row: R) => readonly (string | number | null)[]): { index: number; row: R } | null {
  let prev = GENESIS_HASH;
  let index = 0;
  for (const row of rows) {
    if (row.prev_hash !== prev || chainHash(prev, fieldsOf(row)) !== row.hash) return { index, row };
    prev = row.hash;
    index++;
  }
  return null;
}
