import type { IntegrityFinding } from '../../../shared/records/calls';
import { rollingBackups, readSidecar } from '../backups';
import { CHAIN_NAMES, type ChainName } from '../db/chains';
import type { ReadableDB } from '../db/types';
import { dayOf, finding } from './findings';
import { Witness } from './witness';

/**
 * At start-up: the live chains against the newest backup made since the last restore. Each
 * backed-up head must still be in the live chain with the same hash, unless a recorded run
 * removed it since. A head that is gone means the chain went back (rows removed from its end,
 * or the file replaced by an older copy); a head that holds another hash means the chain was
 * rewritten (forked). A recorded run dated before the copy that the copy does not know was
 * added afterwards. One sidecar read and a few indexed lookups.
 */
export function createBackupComparison(db: ReadableDB, dataDir: string) {
  const hashAt = Object.fromEntries(CHAIN_NAMES.map((n) => [n, db.prepare<[number], string>(`SELECT hash FROM ${n} WHERE rowid = ?`).pluck()])) as Record<
    ChainName,
    ReturnType<typeof db.prepare<[number], string>>
  >;
  const checkpointAt = db.prepare<[string], number>('SELECT last_rowid FROM chain_checkpoints WHERE chain = ?').pluck();
  const runsUpTo = db.prepare<[number], number>('SELECT count(*) FROM chain_runs WHERE id <= ?').pluck();
  const backdated = db.prepare<[number, number], number>('SELECT min(at) FROM chain_runs WHERE id > ? AND at < ?').pluck();

  function newest(after: number | null): { createdAt: number; witness: Witness } | null {
    for (const copy of rollingBackups(dataDir).reverse()) {
      if (after !== null && copy.createdAt <= after) return null;
      const witness = Witness.safeParse(readSidecar(copy.path)?.witness);
      if (witness.success) return { createdAt: copy.createdAt, witness: witness.data };
    }
    return null;
  }

  return function compare(
    removedEnds: Record<ChainName, Set<string>>,
    restoredAt: number | null,
  ): { findings: IntegrityFinding[]; backupCreatedAt: number | null; sealKeyId: string | null } {
    const copy = newest(restoredAt);
    if (!copy) return { findings: [], backupCreatedAt: null, sealKeyId: null };
    const findings: IntegrityFinding[] = [];
    const when = { day: dayOf(copy.createdAt) };
    for (const table of CHAIN_NAMES) {
      const head = copy.witness.heads[table];
      if (!head || head.rows === 0) continue;
      const live = hashAt[table].get(head.rowid);
      if (live === head.hash || removedEnds[table].has(head.hash)) continue;
      if (live === undefined) findings.push(finding('backup_behind', 'integrity.backupBehind', { table }, when));
      else findings.push(finding('backup_fork', 'integrity.backupFork', { table }, when));
    }
    // A checkpoint reset or moved back (to have a rewritten stretch walked as if new) while the
    // row the copy's checkpoint stood on is still there unchanged.
    for (const table of CHAIN_NAMES) {
      const was = copy.witness.checkpoints[table];
      const now = checkpointAt.get(table);
      if (!was || now === undefined || now >= was.rowid) continue;
      if (hashAt[table].get(was.rowid) === was.hash) findings.push(finding('checkpoint_changed', 'integrity.checkpointBehindBackup', { table }, when));
    }
    const { count, lastId } = copy.witness.runs;
    const added = backdated.get(lastId, copy.createdAt);
    if ((runsUpTo.get(lastId) ?? 0) !== count) {
      findings.push(finding('run_unknown_to_backup', 'integrity.runUnknownToBackup', {}, { day: when.day, backupDay: when.day }));
    } else if (added !== null && added !== undefined) {
      findings.push(finding('run_unknown_to_backup', 'integrity.runUnknownToBackup', {}, { day: dayOf(added), backupDay: when.day }));
    }
    return { findings, backupCreatedAt: copy.createdAt, sealKeyId: copy.witness.sealKeyId };
  };
}
