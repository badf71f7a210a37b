import type { Migration } from '../types';

/**
 * Mandates and their journal. A signed mandate is never edited: amendments are new rows
 * pointing at the one they supersede. The journal is append-only (triggers refuse UPDATE
 * and DELETE) and hash-chained so that tampering shows.
 */
export const m0002Mandates: Migration = {
  version: 2,
  name: 'mandates',
  up(db) {
    db.exec(`
      CREATE TABLE mandates (
        id TEXT PRIMARY KEY NOT NULL,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        supersedes_id TEXT REFERENCES mandates(id),
        version INTEGER NOT NULL DEFAULT 1,
        content TEXT NOT NULL,
        text_version TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        consent TEXT,
        consent_method TEXT,
        signed_at TEXT,
        attestation TEXT,
        revoked_at TEXT,
        revoked_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mandates_person ON mandates(person_id, created_at);

      CREATE TABLE mandate_item_revocations (
        mandate_id TEXT NOT NULL REFERENCES mandates(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        revoked_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (mandate_id, item_id)
      ) STRICT;

      CREATE TABLE mandate_journal (
        id TEXT PRIMARY KEY NOT NULL,
        mandate_id TEXT,
        person_id TEXT,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mandate_journal_mandate ON mandate_journal(mandate_id);
      CREATE INDEX mandate_journal_person ON mandate_journal(person_id);

      CREATE TABLE rehearsals (
        id TEXT PRIMARY KEY NOT NULL,
        person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        done_on TEXT NOT NULL,
        checklist TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rehearsals_person ON rehearsals(person_id, done_on);

      -- The app never edits or deletes a journal row; only a purge gate (retention,
      -- erasure) may, and it then writes a tombstone into the chain.
      CREATE TABLE purge_gate (id INTEGER PRIMARY KEY CHECK (id = 1), open INTEGER NOT NULL DEFAULT 0) STRICT;
      INSERT INTO purge_gate (id, open) VALUES (1, 0);
      CREATE TRIGGER mandate_journal_no_update BEFORE UPDATE ON mandate_journal
        BEGIN SELECT RAISE(ABORT, 'journal rows are never edited'); END;
      CREATE TRIGGER mandate_journal_no_delete BEFORE DELETE ON mandate_journal
        WHEN (SELECT open FROM purge_gate WHERE id = 1) = 0
        BEGIN SELECT RAISE(ABORT, 'journal rows are never deleted'); END;
    `);
  },
};
