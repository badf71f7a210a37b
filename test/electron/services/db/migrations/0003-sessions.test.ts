import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { databaseAt } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('migration 0003 sessions', () => {
  it('keeps mandates from version 2 and adds an append-only session log', () => {
    const db = databaseAt(tempDir(), 2);
    db.prepare("INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p1', 'A', 'a', 'x', 'x')").run();
    db.prepare(
      "INSERT INTO mandates (id, person_id, content, text_version, start_date, end_date, created_at, updated_at) VALUES ('m1', 'p1', '{}', 'v1', '2026-01-01', '2026-12-31', 'x', 'x')",
    ).run();
    migrate(db, migrations, 3);
    expect(db.prepare('SELECT id FROM mandates').all()).toEqual([{ id: 'm1' }]);
    db.prepare("INSERT INTO sessions (id, person_id, mandate_id, started_at, current_step) VALUES ('s1', 'p1', 'm1', 1, 'preparation')").run();
    db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES ('e1', 's1', 1, 'note_added', 1, '{}', '0', 'h')").run();
    expect(() => db.prepare("INSERT INTO session_events (id, session_id, seq, type, at, payload, prev_hash, hash) VALUES ('e2', 's1', 1, 'x', 1, '{}', '0', 'h')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE session_events SET payload = '{\"x\":1}'").run()).toThrow(/never edited/);
    expect(() => db.prepare('DELETE FROM session_events').run()).toThrow(/never deleted/);
    db.close();
  });
});
