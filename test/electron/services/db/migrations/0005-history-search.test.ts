import { describe, expect, it } from 'vitest';
import { createChainReader } from '../../../../../electron/services/db/chain';
import { sessionEventsChain } from '../../../../../electron/services/db/chains';
import { migrate } from '../../../../../electron/services/db/migrate';
import { SEARCH_KEY_SHIFT as K } from '../../../../../electron/services/db/migrations/0005-history-search';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { readOnly } from '../../../../../electron/services/db/types';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('migration 0005 history search', () => {
  it('keeps every row of version 4 and indexes the notes already written, each under its session', () => {
    const db = databaseAt(tempDir(), 4);
    seedSessions(db);
    const before = { sessions: rowsOf(db, 'sessions'), events: rowsOf(db, 'session_events'), followups: rowsOf(db, 'followups') };
    migrate(db, migrations, 5);

    expect(rowsOf(db, 'sessions')).toEqual(before.sessions.map((r) => ({ ...(r as object), recap: null })));
    expect(rowsOf(db, 'session_events')).toEqual(before.events);
    expect(rowsOf(db, 'followups')).toEqual(before.followups);
    expect(createChainReader(readOnly(db), sessionEventsChain).verify()).toBeNull();
    const rowid = (id: string) => db.prepare('SELECT rowid FROM sessions WHERE id = ?').pluck().get(id) as number;
    expect(db.prepare('SELECT rowid, session_id, kind, body FROM session_search ORDER BY rowid').all()).toEqual([
      { rowid: rowid('s1') * K + 2, session_id: 's1', kind: 'note', body: 'Imprimante branchée au salon' },
      { rowid: rowid('s2') * K + 2, session_id: 's2', kind: 'note', body: 'La box redémarre la nuit' },
    ]);
    // Accents and capitals are ignored.
    expect(db.prepare(`SELECT rowid / ${K} FROM session_search WHERE session_search MATCH ?`).pluck().all('branchee')).toEqual([rowid('s1')]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['sessions_started', 'sessions_helper', 'sessions_outcome', 'followups_pending_session']));
    db.close();
  });

  it('keeps the index in step with rows written after it: notes, the recap, a session purged', () => {
    const db = databaseAt(tempDir(), 4);
    seedSessions(db);
    migrate(db, migrations, 5);
    db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES ('e5', 's1', 3, 'note_added', 1200, ?, 'x', 'y')").run(
      JSON.stringify({ text: 'Scanner installé' }),
    );
    db.prepare("UPDATE sessions SET recap = 'Nous avons branché l’imprimante.' WHERE id = 's1'").run();
    const search = (word: string) => db.prepare('SELECT session_id, kind FROM session_search WHERE session_search MATCH ? ORDER BY rowid').all(word);
    expect(search('scanner')).toEqual([{ session_id: 's1', kind: 'note' }]);
    expect(search('nous')).toEqual([{ session_id: 's1', kind: 'recap' }]);
    db.exec("UPDATE purge_gate SET open = 1; DELETE FROM sessions WHERE id = 's1'; UPDATE purge_gate SET open = 0;");
    expect(db.prepare('SELECT session_id FROM session_search').pluck().all()).toEqual(['s2']);
    db.close();
  });
});
