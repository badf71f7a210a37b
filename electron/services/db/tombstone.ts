import { z } from 'zod';
import type { ChainedRow } from './chain-links';

/**
 * A tombstone is an ordinary chained row (type/kind 'tombstone') written in the same
 * transaction as an erasure or a retention purge. It holds no personal data: only why,
 * how many rows went, and the gaps their removal left in the chain, so the chain still
 * verifies while any other removal still shows.
 */
export const TOMBSTONE = 'tombstone';

export const TombstonePayload = z.object({
  reason: z.enum(['erasure', 'retention']),
  removed: z.number().int().nonnegative(),
  /** [hash of the kept row before the run, hash of the last removed row of the run]. */
  gaps: z.array(z.tuple([z.string().length(64), z.string().length(64)])),
  /** The helper profile unlocked when an erasure ran (issue 16 §2): who did it, never whom. */
  by: z.object({ id: z.string().min(1), name: z.string().min(1) }).strict().optional(),
});
export type TombstonePayload = z.infer<typeof TombstonePayload>;

/**
 * The gaps left by removing `removed` (in chain order, each with its link). Consecutive
 * removed rows form one run when each links to the one before it.
 */
export function gapsOf(removed: Iterable<Pick<ChainedRow, 'prev_hash' | 'hash'>>): [string, string][] {
  const gaps: [string, string][] = [];
  let run: [string, string] | null = null;
  for (const row of removed) {
    if (run && row.prev_hash === run[1]) run[1] = row.hash;
    else {
      if (run) gaps.push(run);
      run = [row.prev_hash, row.hash];
    }
  }
  if (run) gaps.push(run);
  return gaps;
}

/** Every gap declared by the tombstones of one chain; a malformed tombstone declares none. */
export function gapMap(payloads: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const json of payloads) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      continue;
    }
    const tomb = TombstonePayload.safeParse(parsed);
    if (tomb.success) for (const [from, to] of tomb.data.gaps) map.set(from, to);
  }
  return map;
}
