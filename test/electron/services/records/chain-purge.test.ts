import { describe, expect, it } from 'vitest';
import { createChain } from '../../../../electron/services/db/chain';
import { sessionEventsChain } from '../../../../electron/services/db/chains';
import { openDatabase } from '../../../../electron/services/db/open';
import { createChainPurge, type DoomedRow } from '../../../../electron/services/records/chain-purge';
import { createSessionLog } from '../../../../electron/services/sessions/log';
import { createStores } from '../../../../electron/services/stores';
import { useTempDirs } from '../../../helpers/temp-dir';
import { TEST_KEY } from '../../../helpers/test-key';

const tempDir = useTempDirs();

describe('tombstones in the session-event store (real SQLite)', () => {
  function seeded() {
    const db = openDatabase(tempDir(), TEST_KEY);
    db.prepare("INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p', 'P', 'p', 'x', 'x')").run();
    const store = createSessionLog(db);
    const chain = createChain(db, sessionEventsChain);
    for (const id of ['s1', 's2', 's3']) {
      store.create({ id, personId: 'p', mandateId: null, helperName: '', startedAt: 1, currentStep: 'preparation' }, [{ type: 'note_added', at: 1, text: `note ${id}` }]);
      store.append(id, [{ type: 'note_added', at: 2, text: 'encore' }], { currentStep: 'preparation' });
    }
    return { db, chain };
  }
  const rowsOf = (db: ReturnType<typeof openDatabase>, sessionId: string) =>
    db.prepare<[string], DoomedRow>('SELECT rowid, prev_hash, hash FROM session_events WHERE session_id = ? ORDER BY rowid').all(sessionId);

  it('a purge through the gate with a tombstone verifies; the same deletion without one does not', () => {
    const { db, chain } = seeded();
    const doomed = rowsOf(db, 's2');
    const purge = createChainPurge(db, createStores(db));
    db.transaction(() => purge('erasure', { sessionEvents: doomed, journal: [], remove: () => db.prepare("DELETE FROM sessions WHERE id = 's2'").run() }, 5)).immediate();
    expect(chain.verify()).toBeNull();
    const tomb = db.prepare<[], { session_id: string | null; seq: number; payload: string }>("SELECT session_id, seq, payload FROM session_events WHERE type = 'tombstone'").all();
    expect(tomb).toHaveLength(1);
    expect(tomb[0]).toMatchObject({ session_id: null, seq: 0 });
    expect(JSON.parse(tomb[0]!.payload)).toEqual({ reason: 'erasure', removed: 2, gaps: [[expect.any(String), doomed[1]!.hash]] });
    expect(db.prepare('SELECT open FROM purge_gate').pluck().get()).toBe(0);

    // Someone opens the gate by hand and deletes a session without a tombstone: it shows.
    db.exec("UPDATE purge_gate SET open = 1; DELETE FROM sessions WHERE id = 's1'; UPDATE purge_gate SET open = 0;");
    expect(chain.verify()).not.toBeNull();
    db.close();
  });

  it('the gate stays shut otherwise, and a purge that removes more than it declared is rolled back', () => {
    const { db, chain } = seeded();
    expect(() => db.prepare("DELETE FROM sessions WHERE id = 's1'").run()).toThrow(/never deleted/);
    const purge = createChainPurge(db, createStores(db));
    const declared = rowsOf(db, 's1');
    // Declares s1's rows but deletes s1 and s2: nothing may be committed.
    const wrong = () =>
      db.transaction(() => purge('retention', { sessionEvents: declared, journal: [], remove: () => db.prepare("DELETE FROM sessions WHERE id IN ('s1', 's2')").run() }, 5)).immediate();
    expect(wrong).toThrow(/purge removed/);
    expect(db.prepare('SELECT count(*) FROM session_events').pluck().get()).toBe(6);
    expect(db.prepare('SELECT open FROM purge_gate').pluck().get()).toBe(0);
    // Nothing chained declared: the gate stays shut and the triggers refuse.
    const undeclared = () =>
      db.transaction(() => purge('retention', { sessionEvents: [], journal: [], remove: () => db.prepare("DELETE FROM sessions WHERE id = 's3'").run() }, 5)).immediate();
    expect(undeclared).toThrow(/never deleted/);
    expect(chain.verify()).toBeNull();
    db.close();
  });
});
