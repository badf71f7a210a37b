import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();
const KEPT = ['sessions', 'persons', 'session_events', 'followups', 'record_journal', 'chain_checkpoints'];

describe('migration 0015 helper-pins', () => {
  it('keeps every profile and session of version 14, with no PIN and no failure yet', () => {
    const db = databaseAt(tempDir(), 13);
    seedSessions(db);
    migrate(db, migrations, 14);
    db.prepare("INSERT INTO helpers (id, display_name, quick_assist_name, created_at, last_used_at) VALUES ('h1', 'Camille', 'Camille M.', 5, 7)").run();
    db.prepare("UPDATE sessions SET helper_id = 'h1' WHERE id = 's1'").run();
    const helpers = rowsOf(db, 'helpers') as Record<string, unknown>[];
    const kept = KEPT.map((t) => rowsOf(db, t));

    migrate(db, migrations, 15);
    expect(KEPT.map((t) => rowsOf(db, t))).toEqual(kept);
    expect(rowsOf(db, 'helpers')).toEqual(helpers.map((h) => ({ ...h, pin_hash: null, pin_failures: 0, pin_retry_at: null })));

    // A failure count is a number: the STRICT table refuses anything else.
    expect(() => db.prepare("UPDATE helpers SET pin_failures = 'many' WHERE id = 'h1'").run()).toThrow(/cannot store TEXT/);
    db.close();
  });
});
