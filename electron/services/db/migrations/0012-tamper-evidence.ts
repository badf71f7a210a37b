import { personDigest, sessionDigest, type SessionSummaryFields } from '../../../../shared/records/digests';
import { newId } from '../../ids';
import { chainHash, GENESIS_HASH } from '../chain-links';
import type { Migration } from '../types';

/**
 * Tamper evidence against someone who knows the chains (issue 15 §6):
 * - record_journal, a third hash chain: a digest of a person's fields each time they are
 *   saved, and of a session's summary row when it opens and when it closes (helper,
 *   outcome, recap, seal), so a silent edit of either row no longer matches its chain.
 *   Every person and session already there is journaled as it stands now;
 * - sessions.seal: the seal of a closed session (shared/records/seal.ts), printed on its
 *   recap and looked up by « Vérifier un document »;
 * - chain_checkpoints takes the new chain, and every chain always has a row from now on (the
 *   first row's place, « genesis », until a full check moves it): a missing one is tampering;
 * - chain_runs counts the new chain's removed rows too;
 * - chain_seal: the keyed MAC over the chains' heads, where a key exists (records/chain-seal.ts);
 * - restore_log: restores made by the app, so the comparison with the backups' heads knows
 *   which copies belong to the data as it is now;
 * - an index on the closing events, for the summary check.
 */
export const m0012TamperEvidence: Migration = {
  version: 12,
  name: 'tamper-evidence',
  up(db) {
    db.exec(`
      CREATE TABLE record_journal (
        id TEXT PRIMARY KEY NOT NULL,
        subject_id TEXT,
        person_id TEXT,
        kind TEXT NOT NULL,
        at INTEGER NOT NULL,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        CHECK ((subject_id IS NULL) = (kind = 'tombstone'))
      ) STRICT;
      CREATE INDEX record_journal_subject ON record_journal(subject_id);
      CREATE INDEX record_journal_person ON record_journal(person_id);
      CREATE INDEX record_journal_tombstones ON record_journal(kind) WHERE kind = 'tombstone';
      CREATE TRIGGER record_journal_no_update BEFORE UPDATE ON record_journal
        BEGIN SELECT RAISE(ABORT, 'record journal rows are never edited'); END;
      CREATE TRIGGER record_journal_no_delete BEFORE DELETE ON record_journal
        WHEN (SELECT open FROM purge_gate WHERE id = 1) = 0
        BEGIN SELECT RAISE(ABORT, 'record journal rows are never deleted'); END;

      ALTER TABLE chain_runs ADD COLUMN record_journal INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE chain_checkpoints_v12 (
        chain TEXT PRIMARY KEY NOT NULL CHECK (chain IN ('session_events', 'mandate_journal', 'record_journal')),
        last_rowid INTEGER NOT NULL,
        last_hash TEXT NOT NULL,
        rows INTEGER NOT NULL,
        verified_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO chain_checkpoints_v12 SELECT chain, last_rowid, last_hash, rows, verified_at FROM chain_checkpoints;
      DROP TABLE chain_checkpoints;
      ALTER TABLE chain_checkpoints_v12 RENAME TO chain_checkpoints;
      INSERT OR IGNORE INTO chain_checkpoints (chain, last_rowid, last_hash, rows, verified_at) VALUES
        ('session_events', 0, '${GENESIS_HASH}', 0, 0),
        ('mandate_journal', 0, '${GENESIS_HASH}', 0, 0),
        ('record_journal', 0, '${GENESIS_HASH}', 0, 0);

      ALTER TABLE sessions ADD COLUMN seal TEXT;
      CREATE INDEX sessions_seal ON sessions(seal) WHERE seal IS NOT NULL;
      CREATE INDEX session_events_closings ON session_events(session_id) WHERE type = 'session_closed';

      CREATE TABLE chain_seal (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_id TEXT,
        heads TEXT NOT NULL,
        mac TEXT
      ) STRICT;
      INSERT INTO chain_seal (id, key_id, heads, mac) VALUES (1, NULL, '{}', NULL);

      CREATE TABLE restore_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        source TEXT NOT NULL
      ) STRICT;
    `);

    // The rows as they stand now are the reference from here on.
    const at = Date.now();
    const insert = db.prepare('INSERT INTO record_journal (id, subject_id, person_id, kind, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    let prev = GENESIS_HASH;
    const journal = (subjectId: string, personId: string, kind: string, digest: string) => {
      const row = [newId(), subjectId, personId, kind, at, JSON.stringify({ digest })] as const;
      const hash = chainHash(prev, row);
      insert.run(...row, prev, hash);
      prev = hash;
    };
    for (const p of db.prepare<[], { id: string; name: string; phone: string; notes: string }>('SELECT id, name, phone, notes FROM persons ORDER BY rowid').all()) {
      journal(p.id, p.id, 'person_saved', personDigest(p));
    }
    const sessions = db.prepare<[], SessionSummaryFields>(
      'SELECT id, person_id, mandate_id, helper_name, started_at, closed_at, outcome, recap, seal FROM sessions ORDER BY rowid',
    );
    for (const s of sessions.all()) journal(s.id, s.person_id, 'session_summary', sessionDigest(s));
  },
};
