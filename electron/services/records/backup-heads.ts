import type { IntegrityFinding } from '../../../shared/records/calls';
import { rollingBackups, readSidecar } from '../backups';
import { CHAIN_NAMES, type ChainName } from '../db/chains';
import type { ReadableDB } from '../db/types';
import { dayOf, finding } from './findings';
import { readFolderFacts } from './folder-facts';
import type { FolderWitness } from './folder-witness';
import { Witness } from './witness';

/**
 * At start-up: the live chains against the newest backup made since the last restore. Each
 * backed-up head must still be in the live chain with the same hash, unless a recorded run
 * removed it since. A head that is gone means the chain went back (rows removed from its end,
 * or the file replaced by an older copy); a head that holds another hash means the chain was
 * rewritten (forked). A recorded run dated before the copy that the copy does not know was
 * added afterwards. One sidecar read and a few indexed lookups.
 *
 * The newest copy cannot go silently either (review finding H3): its sidecar missing or
 * unreadable is a finding (no quiet fallback to an older one), and the folder witness
 * (folder-witness.ts) names the newest backup and its heads from outside the database: that
 * backup gone, heads the live chains lost, a witness missing while the database records a
 * backup, or older than the one it records, or not sealed by the data key, are findings.
 */
export function createBackupComparison(db: ReadableDB, dataDir: string, folderWitness: FolderWitness | null = null) {
  const facts = readFolderFacts(db);
  const hashAt = Object.fromEntries(CHAIN_NAMES.map((n) => [n, db.prepare<[number], string>(`SELECT hash FROM ${n} WHERE rowid = ?`).pluck()])) as Record<
    ChainName,
    ReturnType<typeof db.prepare<[number], string>>
  >;
  const checkpointAt = db.prepare<[string], number>('SELECT last_rowid FROM chain_checkpoints WHERE chain = ?').pluck();
  const runsUpTo = db.prepare<[number], number>('SELECT count(*) FROM chain_runs WHERE id <= ?').pluck();
  const backdated = db.prepare<[number, number], number>('SELECT min(at) FROM chain_runs WHERE id > ? AND at < ?').pluck();

  /** `known`: the copies the database or the folder witness name (made by this version, so with a sidecar). */
  function newest(after: number | null, known: Set<string>, findings: IntegrityFinding[]): { createdAt: number; witness: Witness } | null {
    let first = true;
    for (const copy of rollingBackups(dataDir).reverse()) {
      if (after !== null && copy.createdAt <= after) return null;
      const sidecar = readSidecar(copy.path);
      if (!sidecar && first && known.has(copy.name)) findings.push(finding('backup_sidecar_missing', 'integrity.backupSidecarMissing', {}, { name: copy.name, day: dayOf(copy.createdAt) }));
      first = false;
      const witness = Witness.safeParse(sidecar?.witness);
      if (witness.success) return { createdAt: copy.createdAt, witness: witness.data };
    }
    return null;
  }

  /** Each head a witness recorded must still be in the live chain with its hash, unless a recorded run removed it. */
  function headFindings(heads: Witness['heads'], removedEnds: Record<ChainName, Set<string>>, when: { day: ReturnType<typeof dayOf> }): IntegrityFinding[] {
    const found: IntegrityFinding[] = [];
    for (const table of CHAIN_NAMES) {
      const head = heads[table];
      if (!head || head.rows === 0) continue;
      const live = hashAt[table].get(head.rowid);
      if (live === head.hash || removedEnds[table].has(head.hash)) continue;
      if (live === undefined) found.push(finding('backup_behind', 'integrity.backupBehind', { table }, when));
      else found.push(finding('backup_fork', 'integrity.backupFork', { table }, when));
    }
    return found;
  }

  /** The folder witness against the backups on disk, the database's own record and the live heads. */
  function witnessFindings(removedEnds: Record<ChainName, Set<string>>, restoredAt: number | null): IntegrityFinding[] {
    if (!folderWitness) return [];
    const after = (ms: number) => restoredAt === null || ms > restoredAt;
    const recorded = facts.newestBackup();
    const read = folderWitness.read();
    if (read.status === 'broken') return [finding('witness_broken', 'integrity.witnessBroken', {})];
    if (read.status === 'missing') {
      return recorded && after(recorded.createdAt) ? [finding('witness_missing', 'integrity.witnessMissing', {}, { name: recorded.name, day: dayOf(recorded.createdAt) })] : [];
    }
    const { backup, heads } = read.body;
    // Made before the last restore: it belongs to the data the restore replaced.
    if (!after(backup.createdAt)) return [];
    const found: IntegrityFinding[] = [];
    if (recorded && recorded.createdAt > backup.createdAt) found.push(finding('witness_missing', 'integrity.witnessOlder', {}, { name: recorded.name, day: dayOf(recorded.createdAt) }));
    if (!rollingBackups(dataDir).some((b) => b.name === backup.name)) found.push(finding('backup_missing', 'integrity.backupMissing', {}, { name: backup.name, day: dayOf(backup.createdAt) }));
    return [...found, ...headFindings(heads, removedEnds, { day: dayOf(backup.createdAt) })];
  }

  return function compare(
    removedEnds: Record<ChainName, Set<string>>,
    restoredAt: number | null,
  ): { findings: IntegrityFinding[]; backupCreatedAt: number | null; sealKeyId: string | null } {
    const findings: IntegrityFinding[] = [];
    const witnessed = witnessFindings(removedEnds, restoredAt);
    const read = folderWitness?.read();
    const known = new Set([facts.newestBackup()?.name, read?.status === 'ok' ? read.body.backup.name : undefined].filter((n): n is string => n !== undefined));
    const copy = newest(restoredAt, known, findings);
    // One sentence per kind and chain: the witness and the newest copy often say the same.
    const add = (list: IntegrityFinding[]) => {
      for (const f of list) if (!findings.some((g) => g.kind === f.kind && g.table === f.table)) findings.push(f);
    };
    if (!copy) {
      add(witnessed);
      return { findings, backupCreatedAt: null, sealKeyId: null };
    }
    const when = { day: dayOf(copy.createdAt) };
    add(headFindings(copy.witness.heads, removedEnds, when));
    add(witnessed);
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
