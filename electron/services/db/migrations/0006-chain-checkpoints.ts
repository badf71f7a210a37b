import type { Migration } from '../types';

/**
 * Where each hash chain was last verified in full: the start-up check walks only the rows
 * written since, so opening a large database stays fast. An erasure or purge that removes
 * rows at or before a checkpoint deletes it (the next check is then a full walk).
 */
export const m0006ChainCheckpoints: Migration = {
  version: 6,
  name: 'chain-checkpoints',
  up(db) {
    db.exec(`
      CREATE TABLE chain_checkpoints (
        chain TEXT PRIMARY KEY NOT NULL CHECK (chain IN ('session_events', 'mandate_journal')),
        last_rowid INTEGER NOT NULL,
        last_hash TEXT NOT NULL,
        rows INTEGER NOT NULL,
        verified_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
