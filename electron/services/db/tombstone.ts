import { z } from 'zod';
import type { ChainedRow } from './chain-links';

/**
 * A tombstone is an ordinary chained row (type/kind 'tombstone') written in the same
 * transaction as an erasure or a retention purge (and, as a redaction marker, by migration
 * 0011). It holds no personal data: only why,
 * how many rows went, and the gaps their removal left in the chain, so the chain still
 * verifies while any other removal still shows.
 */
export const TOMBSTONE = 'tombstone';

export const TombstonePayload = z.object({
  reason: z.enum(['erasure', 'retention']),
  removed: z.number().int().nonnegative(),
  /** [hash of the kept row before the run, hash of the last removed row of the run]. */
  gaps: z.array(z.tuple([z.string().length(64), z.string().length(64)])),
  /**
   * Who ran an erasure (issue 16 §2), never whom: the unlocked helper profile, or the association
   * when Binôme was opened with its recovery phrase.
   */
  by: z.union([z.object({ id: z.string().min(1), name: z.string().min(1) }).strict(), z.object({ recovery: z.literal(true) }).strict()]).optional(),
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

/**
 * A redaction marker: a tombstone-kind row saying which rows had a secret taken out of them
 * (migration 0011: the Quick Assist codes once logged). Each pair is the row's stored hash,
 * which it keeps so that every later link still holds, and the hash its redacted content
 * now gives: the walk accepts that row, with exactly that content, and no other.
 */
export const RedactionPayload = z.object({
  reason: z.literal('redaction'),
  redacted: z.array(z.tuple([z.string().length(64), z.string().length(64)])).min(1),
});
export type RedactionPayload = z.infer<typeof RedactionPayload>;

export type MarkerReason = TombstonePayload['reason'] | RedactionPayload['reason'];

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** Every gap declared by the tombstones of one chain; a malformed tombstone declares none. */
export function gapMap(payloads: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const json of payloads) {
    const tomb = TombstonePayload.safeParse(parseJson(json));
    if (tomb.success) for (const [from, to] of tomb.data.gaps) map.set(from, to);
  }
  return map;
}

/** Every redaction declared in one chain: stored hash → hash of the redacted content. */
export function redactionMap(payloads: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const json of payloads) {
    const marker = RedactionPayload.safeParse(parseJson(json));
    if (marker.success) for (const [stored, now] of marker.data.redacted) map.set(stored, now);
  }
  return map;
}

/**
 * What a tombstone-kind row claims, to be matched against the recorded runs
 * (records/chain-runs.ts): its reason and how many rows it removed or redacted; null when
 * it is not a marker this version understands.
 */
export function markerClaim(json: string): { reason: MarkerReason; count: number } | null {
  const parsed = parseJson(json);
  const tomb = TombstonePayload.safeParse(parsed);
  if (tomb.success) return { reason: tomb.data.reason, count: tomb.data.removed };
  const redaction = RedactionPayload.safeParse(parsed);
  if (redaction.success) return { reason: 'redaction', count: redaction.data.redacted.length };
  return null;
}
