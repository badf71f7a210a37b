import type { MessageParams } from '../../shared/messages/message';
import type { BrokenLink, IntegrityReport, IntegrityScope } from '../../shared/records/calls';
import { createChainReader } from './db/chain';
import type { ChainPosition, ChainWalk } from './db/chain-links';
import { mandateJournalChain, sessionEventsChain, type ChainName } from './db/chains';
import type { Checkpoints } from './db/checkpoints';
import { readOnly, type Db } from './db/types';

type EventRowLike = { id: string; session_id: string | null; seq: number };
type JournalRowLike = { id: string; mandate_id: string | null };

interface Walker<R> {
  walk(from?: ChainPosition | null, limit?: number): ChainWalk<R>;
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
}

/**
 * Tamper evidence, in two depths.
 *
 * Start-up (`startup`): each chain is recomputed only after its checkpoint — the row up to
 * which it was last verified from its first row — so opening a large database stays fast.
 * The checkpoint counts only while that row still holds the same hash; otherwise, or
 * without one, the chain is walked from its first row. quick_check is not run.
 *
 * Full (`full`): quick_check, then both chains from their first row, in slices that give
 * the event loop back between them. Run in the background after start-up and by
 * « Vérifier l'intégrité ». On success the checkpoints move to the end of each chain.
 * A break is reported with the first bad row so the record can be looked at.
 */
export function createIntegrity(db: Db, checkpoints: Checkpoints, now: () => number, log: (e: unknown) => void) {
  const chains = {
    sessionEvents: createChainReader(readOnly(db), sessionEventsChain) as Walker<EventRowLike>,
    mandateJournal: createChainReader(readOnly(db), mandateJournalChain) as Walker<JournalRowLike>,
  };
  const describe = {
    session_events(found: { index: number; row: EventRowLike }): BrokenLink {
      const { row } = found;
      return brokenLink('session_events', found, row.session_id, 'integrity.brokenSessionEvent', { session: row.session_id ?? '', seq: row.seq });
    },
    mandate_journal(found: { index: number; row: JournalRowLike }): BrokenLink {
      return brokenLink('mandate_journal', found, found.row.mandate_id, 'integrity.brokenJournalRow', { row: found.row.id });
    },
  };

  function sinceCheckpoint<R extends EventRowLike | JournalRowLike>(name: ChainName, walker: Walker<R>, describeBreak: (f: { index: number; row: R }) => BrokenLink): ChainResult {
    const from = checkpoints.get(name);
    const w = walker.walk(from);
    return {
      broken: w.broken ? describeBreak(w.broken) : null,
      rows: w.last?.rows ?? (from?.rows ?? 0) + w.walked,
      recomputed: w.walked,
      end: w.last,
      fromStart: from === null,
    };
  }

  async function fromStartInSlices<R extends EventRowLike | JournalRowLike>(walker: Walker<R>, describeBreak: (f: { index: number; row: R }) => BrokenLink): Promise<ChainResult> {
    let at: ChainPosition | null = null;
    let recomputed = 0;
    for (;;) {
      const w: ChainWalk<R> = walker.walk(at, SLICE_ROWS);
      recomputed += w.walked;
      if (w.broken) {
        // Rows may have been erased between two slices (with a tombstone the first slices did
        // not see): a break is confirmed by one uninterrupted walk before it is reported.
        const again = walker.walk(null);
        if (again.broken) return { broken: describeBreak(again.broken), rows: again.broken.index + 1, recomputed: recomputed + again.walked, end: null, fromStart: true };
        return { broken: null, rows: again.last?.rows ?? 0, recomputed: recomputed + again.walked, end: again.last, fromStart: true };
      }
      if (w.walked < SLICE_ROWS) return { broken: null, rows: w.last?.rows ?? 0, recomputed, end: w.last, fromStart: true };
      at = w.last;
      await yieldToLoop();
    }
  }

  function report(scope: IntegrityScope, sqlite: string, events: ChainResult, journal: ChainResult): IntegrityReport {
    const broken = [events.broken, journal.broken].filter((b): b is BrokenLink => b !== null);
    const sound = sqlite === 'ok' || sqlite === 'not_checked';
    const ok = sound && broken.length === 0;
    return {
      ok,
      checkedAt: now(),
      scope,
      sessionEvents: events.rows,
      mandateJournal: journal.rows,
      recomputed: { sessionEvents: events.recomputed, mandateJournal: journal.recomputed },
      sqlite,
      broken,
      key: ok
        ? scope === 'full'
          ? 'integrity.verified'
          : 'integrity.startupIntact'
        : !sound
          ? 'integrity.damaged'
          : broken.length === 1
            ? 'integrity.oneLogChanged'
            : 'integrity.logsChanged',
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

  let running: Promise<IntegrityReport> | null = null;

  async function runFull(): Promise<IntegrityReport> {
    await yieldToLoop();
    const sqlite = String(db.pragma('quick_check', { simple: true }));
    await yieldToLoop();
    const events = await fromStartInSlices(chains.sessionEvents, describe.session_events);
    const journal = await fromStartInSlices(chains.mandateJournal, describe.mandate_journal);
    if (sqlite === 'ok') {
      advance('session_events', events);
      advance('mandate_journal', journal);
    }
    return report('full', sqlite, events, journal);
  }

  return {
    /** The quick check run while the app opens. */
    startup(): IntegrityReport {
      const events = sinceCheckpoint('session_events', chains.sessionEvents, describe.session_events);
      const journal = sinceCheckpoint('mandate_journal', chains.mandateJournal, describe.mandate_journal);
      // A walk that had no checkpoint covered the chain from its first row: it may become one.
      advance('session_events', events);
      advance('mandate_journal', journal);
      return report('since_checkpoint', 'not_checked', events, journal);
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

function brokenLink(
  table: BrokenLink['table'],
  found: { index: number; row: { id: string } },
  ownerId: string | null,
  key: 'integrity.brokenSessionEvent' | 'integrity.brokenJournalRow',
  params: MessageParams,
): BrokenLink {
  const position = found.index + 1;
  return { table, position, rowId: found.row.id, ownerId, key, params: { position, ...params } };
}
