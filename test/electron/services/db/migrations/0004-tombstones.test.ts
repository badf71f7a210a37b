import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChainReader } from '../../../../../electron/services/db/chain';
import { chainHash, GENESIS_HASH } from '../../../../../electron/services/db/chain-links';
import { sessionEventsChain } from '../../../../../electron/services/db/chains';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { applyPragmas, DB_FILE_NAME } from '../../../../../electron/services/db/open';
import { readOnly } from '../../../../../electron/services/db/types';
import { useTempDirs } from '../../../../helpers/temp-dir';
import { openTestDb } from '../../../../helpers/test-key';

const tempDir = useTempDirs();

/** A version-3 database with two interleaved sessions, written as the 0.x app wrote it. */
function v3Database() {
  const db = openTestDb(join(tempDir(), DB_FILE_NAME));
  applyPragmas(db);
  migrate(db, migrations.slice(0, 3));
  db.exec(`INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p1', 'Jeanne', 'jeanne', 'x', 'x')`);
  for (const s of ['s1', 's2']) {
    db.prepare(`INSERT INTO sessions (id, person_id, started_at, current_step, event_count) VALUES (?, 'p1', 1, 'preparation', 0)`).run(s);
  }
  let prev = GENESIS_HASH;
  const insert = db.prepare('INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (let i = 0; i < 6; i++) {
    const row = { id: `e${i}`, session_id: i % 2 ? 's2' : 's1', seq: Math.floor(i / 2) + 1, type: 'note_added', at: i, payload: JSON.stringify({ text: `note ${i}` }) };
    // The fields and their order as every version of the app has hashed them.
    const hash = chainHash(prev, [row.id, row.session_id, row.seq, row.type, row.at, row.payload]);
    insert.run(row.id, row.session_id, row.seq, row.type, row.at, row.payload, prev, hash);
    prev = hash;
  }
  return db;
}

describe('migration 0004 tombstones', () => {
  it('rebuilds session_events keeping every row, its rowid order and a verifying chain', () => {
    const db = v3Database();
    const before = db.prepare('SELECT rowid, * FROM session_events ORDER BY rowid').all();
    migrate(db, migrations);
    expect(db.prepare('SELECT rowid, * FROM session_events ORDER BY rowid').all()).toEqual(before);
    expect(createChainReader(readOnly(db), sessionEventsChain).verify()).toBeNull();
    db.close();
  });

  it('still refuses edits and deletions of events while the purge gate is closed', () => {
    const db = v3Database();
    migrate(db, migrations);
    expect(() => db.exec("UPDATE session_events SET payload = '{}' WHERE id = 'e1'")).toThrow(/never edited/);
    expect(() => db.exec("DELETE FROM session_events WHERE id = 'e1'")).toThrow(/never deleted/);
    db.close();
  });

  it('lets only a tombstone have no session, and no tombstone belong to one', () => {
    const db = v3Database();
    migrate(db, migrations);
    const insert = db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES (?, ?, 0, ?, 0, '{}', 'a', 'b')");
    expect(() => insert.run('x1', null, 'note_added')).toThrow(/CHECK/);
    expect(() => insert.run('x2', 's1', 'tombstone')).toThrow(/CHECK/);
    expect(() => insert.run('x3', null, 'tombstone')).not.toThrow();
    db.close();
  });
});
