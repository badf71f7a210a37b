import type { ChainWriteHook } from './db/chain';
import type { WritableDB } from './db/types';
import { createFollowupStore } from './followups/store';
import { createHelperStore } from './helpers/store';
import { createMandateJournal } from './mandates/journal';
import { createRehearsalStore } from './mandates/rehearsal-store';
import { createMandateStore } from './mandates/store';
import { createPersonStore } from './persons/store';
import { createRecordJournal } from './records/record-journal';
import { createEventStore } from './sessions/event-store';
import { createSearchIndex } from './sessions/search-index';
import { createSessionStore } from './sessions/session-store';

/**
 * One store per table, each the only code that writes its table (mandate_item_revocations
 * belongs to the mandate store; chain_checkpoints to db/checkpoints.ts, purge_gate to
 * records/chain-purge.ts, retention_runs to records/retention-runs.ts, chain_runs to
 * records/chain-runs.ts, chain_seal to records/chain-seal.ts, restore_log to
 * records/restore-log.ts; session_search is written by migration 0005's triggers and, for
 * notes, by sessions/search-index.ts). Services are given the stores they use; read models
 * (history.ts, person-export.ts) read through a ReadableDB. `onChainWrite` follows every
 * write to a hash chain, inside its transaction (the keyed seal over the heads).
 */
export function createStores(db: WritableDB, options: { onChainWrite?: ChainWriteHook } = {}) {
  const { onChainWrite } = options;
  return {
    persons: createPersonStore(db),
    mandates: createMandateStore(db),
    journal: createMandateJournal(db, onChainWrite),
    rehearsals: createRehearsalStore(db),
    sessions: createSessionStore(db),
    events: createEventStore(db, onChainWrite),
    records: createRecordJournal(db, onChainWrite),
    followups: createFollowupStore(db),
    searchIndex: createSearchIndex(db),
    helpers: createHelperStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;
