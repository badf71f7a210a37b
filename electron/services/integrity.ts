import type { MessageKey, MessageParams } from '../../shared/messages/message';
import type { BrokenLink, IntegrityFinding, IntegrityLayers, IntegrityReport, IntegrityScope } from '../../shared/records/calls';
import { createChainReader, type ChainSpec } from './db/chain';
import type { ChainPosition, ChainWalk } from './db/chain-links';
import { CHAIN_NAMES, CHAINS, type ChainName } from './db/chains';
import type { Checkpoints } from './db/checkpoints';
import { checkTriggers, restoreTriggers } from './db/triggers';
import { readOnly, type Db } from './db/types';
import { createBackupComparison } from './records/backup-heads';
import type { ChainSeal, SealCheck } from './records/chain-seal';
import type { FolderWitness } from './records/folder-witness';
import { finding } from './records/findings';
import { lastRestore } from './records/restore-log';
import { createRunCheck, type RunCheck } from './records/run-check';
import { createMandateCheck } from './records/mandate-check';
import { createSummaryCheck } from './records/summary-check';

/** The columns of a chained row a broken link is described with (all chains have them, or null). */
type AnyRow = { id: string; session_id?: string | null; seq?: number; mandate_id?: string | null; subject_id?: string | null };

interface Walker {
  walk(from?: ChainPosition | null, limit?: number): ChainWalk<AnyRow & { rowid: number }>;
}

/** Rows recomputed between two yields to the event loop (a few tens of milliseconds). */
export const SLICE_ROWS = 10_000;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

interface ChainResult {
  broken: BrokenLink | null;
  /** Rows in the chain as far as the check knows. */
  rows: number;
  recomputed: number;
  /** Where the walk ended when intact, to become the checkpoint after a walk from the first row. */
  end: ChainPosition | null;
  fromStart: boolean;
  /** The checkpoint was missing or no longer matched its row: tampering, and kept as evidence. */
  checkpoint: IntegrityFinding | null;
}

export interface IntegrityDeps {
  db: Db;
  checkpoints: Checkpoints;
  now: () => number;
  log: (e: unknown) => void;
  /** The data folder, whose rolling backups' sidecars hold the chains' heads at each copy. */
  dataDir: string;
  /** The keyed seal over the heads (its key derived from the data key); null only when none was given (tests). */
  seal: ChainSeal | null;
  /** The folder witness beside the database (records/folder-witness.ts), checked at start-up and in the full check. */
  folderWitness?: FolderWitness | null;
}

/**
 * Tamper evidence, in two depths, with witnesses beyond the chains themselves.
 *
 * Start-up (`startup`): each chain is recomputed only after its checkpoint, so opening a
 * large database stays fast; a checkpoint that is missing or no longer matches its row is
 * itself a break (the purge moves checkpoints, it never leaves them stale). Then the cheap
 * witnesses: every tombstone against a recorded run, the heads against the newest backup's,
 * and the keyed seal over the heads where a key exists. quick_check is not run.
 *
 * Full (`full`): quick_check, every chain from its first row in slices that give the event
 * loop back, the same witnesses, and the summaries (sessions, persons) against the record
 * journal and the log. Run in the background after start-up and by « Vérifier l'intégrité ».
 * On success the checkpoints move to the end of each chain.
 */
export function createIntegrity({ db, checkpoints, now, log, dataDir, seal, folderWitness = null }: IntegrityDeps) {
  const ro = readOnly(db);
  const walkers = Object.fromEntries(CHAIN_NAMES.map((name) => [name, createChainReader(ro, CHAINS[name] as ChainSpec<string>) as unknown as Walker])) as Record<ChainName, Walker>;
  const runCheck = createRunCheck(ro);
  const backupComparison = createBackupComparison(ro, dataDir, folderWitness);
  const summaryCheck = createSummaryCheck(ro);
  const mandateCheck = createMandateCheck(ro);

  function describe(table: ChainName, found: { index: number; row: AnyRow }): BrokenLink {
    const { row } = found;
    const position = found.index + 1;
    const link = (ownerId: string | null, key: MessageKey, params: MessageParams): BrokenLink => ({ table, position, rowId: row.id, ownerId, key, params: { position, ...params } });
    switch (table) {
      case 'session_events':
        return link(row.session_id ?? null, 'integrity.brokenSessionEvent', { session: row.session_id ?? '', seq: row.seq ?? 0 });
      case 'mandate_journal':
        return link(row.mandate_id ?? null, 'integrity.brokenJournalRow', { row: row.id });
      case 'record_journal':
        return link(row.subject_id ?? null, 'integrity.brokenRecordRow', { row: row.id });
    }
  }

  /** The checkpoint's state, and the finding when it shows tampering. */
  function checkpointOf(name: ChainName): { from: ChainPosition | null; usable: boolean; finding: IntegrityFinding | null } {
    const state = checkpoints.state(name);
    switch (state.status) {
      case 'verified':
        return { from: state.at, usable: true, finding: null };
      case 'genesis':
        return { from: null, usable: true, finding: null };
      case 'missing':
        return { from: null, usable: false, finding: finding('checkpoint_missing', 'integrity.checkpointMissing', { table: name }) };
      case 'changed':
        return { from: null, usable: false, finding: finding('checkpoint_changed', 'integrity.checkpointChanged', { table: name }, { position: state.rows }) };
    }
  }

  function sinceCheckpoint(name: ChainName): ChainResult {
    const cp = checkpointOf(name);
    const w = walkers[name].walk(cp.from);
    return {
      broken: w.broken ? describe(name, w.broken) : null,
      rows: w.last?.rows ?? (cp.from?.rows ?? 0) + w.walked,
      recomputed: w.walked,
      end: w.last,
      // A missing or changed checkpoint is evidence: no walk may replace it.
      fromStart: cp.from === null && cp.usable,
      checkpoint: cp.finding,
    };
  }

  async function fromStartInSlices(name: ChainName): Promise<ChainResult> {
    const walker = walkers[name];
    const cp = checkpointOf(name);
    let at: ChainPosition | null = null;
    let recomputed = 0;
    for (;;) {
      const w: ChainWalk<AnyRow & { rowid: number }> = walker.walk(at, SLICE_ROWS);
      recomputed += w.walked;
      if (w.broken) {
        // Rows may have been erased between two slices (with a tombstone the first slices did
        // not see): a break is confirmed by one uninterrupted walk before it is reported.
        const again = walker.walk(null);
        if (again.broken) return { broken: describe(name, again.broken), rows: again.broken.index + 1, recomputed: recomputed + again.walked, end: null, fromStart: cp.usable, checkpoint: cp.finding };
        return { broken: null, rows: again.last?.rows ?? 0, recomputed: recomputed + again.walked, end: again.last, fromStart: cp.usable, checkpoint: cp.finding };
      }
      if (w.walked < SLICE_ROWS) return { broken: null, rows: w.last?.rows ?? 0, recomputed, end: w.last, fromStart: cp.usable, checkpoint: cp.finding };
      at = w.last;
      await yieldToLoop();
    }
  }

  interface Witnesses {
    findings: IntegrityFinding[];
    layers: Omit<IntegrityLayers, 'summaries'>;
  }

  /** Tombstones against runs, heads against the newest backup, the keyed seal. `sealCheck` runs the seal's part. */
  function witnesses(sealCheck: (runs: RunCheck, expected: boolean) => SealCheck | null): Witnesses {
    const runs = runCheck();
    const restoredAt = lastRestore(ro);
    const backup = backupComparison(runs.removedEnds, restoredAt);
    const sealed = sealCheck(runs, backup.sealKeyId !== null);
    return {
      findings: [...runs.findings, ...backup.findings, ...(sealed?.findings ?? [])],
      layers: { seal: sealed?.status ?? 'inactive', unsealedRows: sealed?.unsealedRows ?? 0, backupCreatedAt: backup.backupCreatedAt, restoredAt },
    };
  }
  const removedBy = (runs: RunCheck) => (chain: ChainName, hash: string) => runs.removedEnds[chain].has(hash);

  function report(scope: IntegrityScope, sqlite: string, chains: Record<ChainName, ChainResult>, seen: Witnesses, summaries: IntegrityFinding[] | null): IntegrityReport {
    const results = CHAIN_NAMES.map((n) => chains[n]);
    const broken = results.map((r) => r.broken).filter((b): b is BrokenLink => b !== null);
    const findings = [...triggerFindings, ...results.map((r) => r.checkpoint).filter((f): f is IntegrityFinding => f !== null), ...seen.findings, ...(summaries ?? [])];
    const sound = sqlite === 'ok' || sqlite === 'not_checked';
    const ok = sound && broken.length === 0 && findings.length === 0;
    return {
      ok,
      checkedAt: now(),
      scope,
      sessionEvents: chains.session_events.rows,
      mandateJournal: chains.mandate_journal.rows,
      recordJournal: chains.record_journal.rows,
      recomputed: { sessionEvents: chains.session_events.recomputed, mandateJournal: chains.mandate_journal.recomputed, recordJournal: chains.record_journal.recomputed },
      sqlite,
      broken,
      findings,
      layers: { ...seen.layers, summaries: summaries !== null },
      key: verdict(scope, ok, sound, broken.length, findings.length),
    };
  }

  /** A checkpoint only ever records a walk from the first row that found nothing wrong. */
  function advance(name: ChainName, result: ChainResult) {
    if (!result.fromStart || result.broken || !result.end) return;
    try {
      checkpoints.save(name, result.end, now());
    } catch (error) {
      // A read-only or full disk must not turn a sound check into a failure: the next start walks more.
      log(error);
    }
  }

  /**
   * The append-only triggers against the migrations' (sqlite_schema): missing or altered ones
   * are put back at once, and the finding is kept for every report of this run, so the banner
   * stays and retention holds off until the next start.
   */
  const triggerFindings: IntegrityFinding[] = [];
  function guardTriggers(): void {
    const found = checkTriggers(db);
    const names = [...found.missing, ...found.altered];
    if (names.length === 0) return;
    triggerFindings.push(finding('triggers_changed', 'integrity.triggersChanged', {}, { names: names.join(', ') }));
    try {
      restoreTriggers(db, found);
    } catch (error) {
      // A read-only or full disk: the finding stands, and the next start tries again.
      log(error);
    }
  }

  let running: Promise<IntegrityReport> | null = null;

  async function runFull(): Promise<IntegrityReport> {
    await yieldToLoop();
    guardTriggers();
    const sqlite = String(db.pragma('quick_check', { simple: true }));
    const chains = {} as Record<ChainName, ChainResult>;
    for (const name of CHAIN_NAMES) {
      await yieldToLoop();
      chains[name] = await fromStartInSlices(name);
    }
    const seen = witnesses((runs) => seal?.verify(removedBy(runs)) ?? null);
    const summaries = [...(await summaryCheck(yieldToLoop)), ...(await mandateCheck(yieldToLoop))];
    const result = report('full', sqlite, chains, seen, summaries);
    // Checkpoints move only past a chain found sound in every respect: otherwise what shows the tampering stays as found.
    if (result.ok) for (const name of CHAIN_NAMES) advance(name, chains[name]);
    return result;
  }

  return {
    /** The quick check run while the app opens, before anything is written (the seal may be renewed here). */
    startup(): IntegrityReport {
      guardTriggers();
      const chains = Object.fromEntries(CHAIN_NAMES.map((name) => [name, sinceCheckpoint(name)])) as Record<ChainName, ChainResult>;
      // The witnesses see the checkpoints as they were found, before this walk may move them.
      const seen = witnesses((runs, expected) => seal?.startup(removedBy(runs), expected) ?? null);
      const result = report('since_checkpoint', 'not_checked', chains, seen, null);
      // A walk that had no checkpoint covered the chain from its first row: it may become one.
      if (result.ok) for (const name of CHAIN_NAMES) advance(name, chains[name]);
      return result;
    },
    /** The full check; concurrent callers share the one in progress. */
    full(): Promise<IntegrityReport> {
      running ??= runFull().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

export type Integrity = ReturnType<typeof createIntegrity>;

function verdict(scope: IntegrityScope, ok: boolean, sound: boolean, broken: number, findings: number): MessageKey {
  if (ok) return scope === 'full' ? 'integrity.verified' : 'integrity.startupIntact';
  if (!sound) return 'integrity.damaged';
  if (findings > 0) return 'integrity.recordsChanged';
  return broken === 1 ? 'integrity.oneLogChanged' : 'integrity.logsChanged';
}
