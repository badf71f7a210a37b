import type { IntegrityFinding } from '../../../shared/records/calls';
import { CHAIN_NAMES, CHAINS, type ChainName } from '../db/chains';
import { markerClaim, TombstonePayload, TOMBSTONE } from '../db/tombstone';
import type { ReadableDB } from '../db/types';
import { dayOf, finding } from './findings';

export interface RunCheck {
  findings: IntegrityFinding[];
  /**
   * Per chain, the hashes of rows a recorded run removed (the last row of each removed run,
   * which is where a chain's head was if the run took it): a witness (a backup's head, the
   * keyed seal) that points at one of them is explained, not tampered with.
   */
  removedEnds: Record<ChainName, Set<string>>;
}

/**
 * Tombstones against recorded runs (chain_runs, migration 0010): each tombstone — an
 * erasure, a retention purge, a redaction — must match a run recorded in the same
 * transaction (reason, time, count for its chain), one for one; a run must still have its
 * tombstone. A tombstone written by hand to cover rows deleted in the middle of a chain
 * matches nothing. Reads only tombstones (indexed) and the runs: cheap enough for start-up.
 */
export function createRunCheck(db: ReadableDB) {
  const runs = db.prepare<[], { id: number; reason: string; at: number } & Record<ChainName, number>>('SELECT * FROM chain_runs ORDER BY id');
  const tombstones = Object.fromEntries(
    CHAIN_NAMES.map((name) => [name, db.prepare<[], { at: number | string; payload: string }>(`SELECT at, payload FROM ${name} WHERE ${CHAINS[name].kindField} = '${TOMBSTONE}' ORDER BY rowid`)]),
  ) as Record<ChainName, ReturnType<typeof db.prepare<[], { at: number | string; payload: string }>>>;

  return function check(): RunCheck {
    const findings: IntegrityFinding[] = [];
    const removedEnds = Object.fromEntries(CHAIN_NAMES.map((n) => [n, new Set<string>()])) as Record<ChainName, Set<string>>;
    const recorded = runs.all();
    for (const table of CHAIN_NAMES) {
      const open = new Map<string, number[]>();
      for (const run of recorded) {
        if (run[table] > 0) {
          const key = `${run.reason}|${run.at}|${run[table]}`;
          open.set(key, [...(open.get(key) ?? []), run.at]);
        }
      }
      for (const t of tombstones[table].all()) {
        // The mandate journal writes its times as ISO text.
        const at = typeof t.at === 'number' ? t.at : Date.parse(t.at);
        const claim = markerClaim(t.payload);
        const key = claim ? `${claim.reason}|${at}|${claim.count}` : null;
        const waiting = key ? open.get(key) : undefined;
        if (key && waiting && waiting.length > 0) {
          waiting.pop();
          const tomb = TombstonePayload.safeParse(JSON.parse(t.payload));
          if (tomb.success) for (const [, end] of tomb.data.gaps) removedEnds[table].add(end);
        } else {
          findings.push(finding('tombstone_unrecorded', 'integrity.tombstoneUnrecorded', { table }, { day: dayOf(Number.isFinite(at) ? at : 0), count: claim?.count ?? 0 }));
        }
      }
      for (const left of open.values()) {
        for (const at of left) findings.push(finding('run_without_tombstone', 'integrity.runWithoutTombstone', { table }, { day: dayOf(at) }));
      }
    }
    return { findings, removedEnds };
  };
}
