import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { createChain } from '../../electron/services/db/chain';
import { sessionEventsChain } from '../../electron/services/db/chains';
import { migrate } from '../../electron/services/db/migrate';
import { migrations } from '../../electron/services/db/migrations/index';
import { applyPragmas, DB_FILE_NAME } from '../../electron/services/db/open';
import { writableDb } from '../../electron/services/db/types';
import { openTestDb } from './test-key';

/** A database file in `dir` brought up to schema `version` only, as an older Binôme left it. */
export function databaseAt(dir: string, version: number) {
  const db = writableDb(openTestDb(join(dir, DB_FILE_NAME)));
  applyPragmas(db);
  migrate(db, migrations, version);
  return db;
}

/** Every row of `table` in rowid order: what a migration must keep. */
export const rowsOf = (db: Database.Database, table: string) => db.prepare(`SELECT rowid, * FROM ${table} ORDER BY rowid`).all();

/**
 * A person with two sessions whose events (notes among them) are chained as the app chains
 * them; works from schema 4 on (tombstone-ready session_events).
 */
export function seedSessions(db: ReturnType<typeof databaseAt>) {
  db.exec(`INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p1', 'Rose Petit', 'rose petit', 'x', 'x')`);
  const session = db.prepare(`INSERT INTO sessions (id, person_id, helper_name, started_at, current_step, event_count) VALUES (?, 'p1', 'Camille', ?, 'work', ?)`);
  session.run('s1', 1_000, 2);
  session.run('s2', 2_000, 2);
  db.exec(`INSERT INTO followups (id, person_id, session_id, text, requested_at) VALUES ('f1', 'p1', 's1', 'Installer un antivirus', 1500)`);
  createChain(db, sessionEventsChain).append([
    { id: 'e1', session_id: 's1', seq: 1, type: 'session_started', at: 1_000, payload: '{}' },
    { id: 'e2', session_id: 's2', seq: 1, type: 'session_started', at: 2_000, payload: '{}' },
    { id: 'e3', session_id: 's1', seq: 2, type: 'note_added', at: 1_100, payload: JSON.stringify({ text: 'Imprimante branchée au salon' }) },
    { id: 'e4', session_id: 's2', seq: 2, type: 'note_added', at: 2_100, payload: JSON.stringify({ text: 'La box redémarre la nuit' }) },
  ]);
}
