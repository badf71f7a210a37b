import { describe, expect, it } from 'vitest';
import { createChainReader } from '../../../../../electron/services/db/chain';
import { sessionEventsChain } from '../../../../../electron/services/db/chains';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { m0016EventRowidOnly } from '../../../../../electron/services/db/migrations/0016-event-rowid-only';
import { readOnly } from '../../../../../electron/services/db/types';
import { createSessionLog } from '../../../../../electron/services/sessions/log';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const BEFORE = m0016EventRowidOnly.version - 1;

/** The indexes SQLite keeps for session_events, the ones a constraint made included. */
const indexesOf = (db: ReturnType<typeof databaseAt>) =>
  db.prepare<[], { name: string; origin: string; partial: number }>("SELECT name, origin, partial FROM pragma_index_list('session_events') ORDER BY name").all();

describe('migration 0016 event rowid only', () => {
  it('keeps every event with its rowid, the chain verifying, and drops only the index of the id', () => {
    const db = databaseAt(tempDir(), BEFORE);
    seedSessions(db);
    const events = rowsOf(db, 'session_events');
    const search = rowsOf(db, 'session_search');
    expect(indexesOf(db).map((i) => i.origin).sort()).toEqual(['c', 'c', 'pk', 'u']);
    migrate(db, migrations, m0016EventRowidOnly.version);
    expect(rowsOf(db, 'session_events')).toEqual(events);
    expect(rowsOf(db, 'session_search')).toEqual(search);
    expect(createChainReader(readOnly(db), sessionEventsChain).verify()).toBeNull();
    // The (session_id, seq) one stays, and both partial ones (tombstones, closings).
    expect(indexesOf(db)).toEqual([
      { name: 'session_events_closings', origin: 'c', partial: 1 },
      { name: 'session_events_tombstones', origin: 'c', partial: 1 },
      { name: 'sqlite_autoindex_session_events_1', origin: 'u', partial: 0 },
    ]);
    expect(db.prepare("SELECT \"notnull\" FROM pragma_table_info('session_events') WHERE name = 'id'").pluck().get()).toBe(1);
    db.close();
  });

  it('still refuses edits, deletions, a second seq in a session and a tombstone in a session', () => {
    const db = databaseAt(tempDir(), BEFORE);
    seedSessions(db);
    migrate(db, migrations, m0016EventRowidOnly.version);
    expect(() => db.exec("UPDATE session_events SET payload = '{}' WHERE id = 'e1'")).toThrow(/never edited/);
    expect(() => db.exec("DELETE FROM session_events WHERE id = 'e1'")).toThrow(/never deleted/);
    const insert = db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, 0, '{}', 'a', 'b')");
    expect(() => insert.run('x1', 's1', 2, 'note_added')).toThrow(/UNIQUE/);
    expect(() => insert.run('x2', 's1', 9, 'tombstone')).toThrow(/CHECK/);
    expect(() => insert.run(null, 's1', 9, 'note_added')).toThrow(/NOT NULL/);
    db.close();
  });

  it('lets the purge remove a note with its search entry, and the log goes on after the last event', () => {
    const db = databaseAt(tempDir(), BEFORE);
    seedSessions(db);
    migrate(db, migrations);
    db.exec("INSERT INTO session_search (rowid, body) SELECT (SELECT rowid FROM sessions WHERE id = 's1') * 16777216 + 2, 'Imprimante branchée au salon'");
    db.exec('UPDATE purge_gate SET open = 1 WHERE id = 1');
    db.exec("DELETE FROM sessions WHERE id = 's1'");
    db.exec('UPDATE purge_gate SET open = 0 WHERE id = 1');
    expect(db.prepare('SELECT id FROM session_events ORDER BY rowid').pluck().all()).toEqual(['e2', 'e4']);
    expect(db.prepare("SELECT count(*) FROM session_search WHERE body = 'Imprimante branchée au salon'").pluck().get()).toBe(0);
    const [stored] = createSessionLog(db).append('s2', [{ type: 'note_added', at: 2_200, text: 'Après la migration' }]);
    expect(stored).toMatchObject({ seq: 3 });
    db.close();
  });
});
