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
