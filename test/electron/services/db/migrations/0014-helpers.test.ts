import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const KEPT = ['persons', 'session_events', 'followups', 'record_journal', 'chain_checkpoints'];

describe('migration 0014 helpers', () => {
  it('keeps every row of version 13, adds an empty helpers table, and sessions pointing at no profile yet', () => {
    const db = databaseAt(tempDir(), 13);
    seedSessions(db);
    const sessions = rowsOf(db, 'sessions') as Record<string, unknown>[];
    const kept = KEPT.map((t) => rowsOf(db, t));
    migrate(db, migrations, 14);
    expect(KEPT.map((t) => rowsOf(db, t))).toEqual(kept);
    expect(rowsOf(db, 'sessions')).toEqual(sessions.map((r) => ({ ...r, helper_id: null })));
    expect(rowsOf(db, 'helpers')).toEqual([]);

    // A profile can be written and a session pointed at it; a session cannot name a profile that does not exist.
    db.prepare("INSERT INTO helpers (id, display_name, quick_assist_name, created_at) VALUES ('h1', 'Camille', 'Camille M.', 5)").run();
    db.prepare("UPDATE sessions SET helper_id = 'h1' WHERE id = 's1'").run();
    expect(() => db.prepare("UPDATE sessions SET helper_id = 'nobody' WHERE id = 's2'").run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT id, helper_id, helper_name FROM sessions ORDER BY id').all()).toEqual([
      { id: 's1', helper_id: 'h1', helper_name: 'Camille' },
      { id: 's2', helper_id: null, helper_name: 'Camille' },
    ]);
    // The history's helper filter walks an index.
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM sessions WHERE helper_id = 'h1' ORDER BY started_at DESC").all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/USING INDEX sessions_helper_profile/);
    db.close();
  });
});
