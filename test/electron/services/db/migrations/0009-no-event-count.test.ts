import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { createEventStore } from '../../../../../electron/services/sessions/event-store';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('migration 0009 no event count', () => {
  it('keeps every session and its other columns; the log numbers the next event from its own rows', () => {
    const db = databaseAt(tempDir(), 8);
    seedSessions(db);
    const before = rowsOf(db, 'sessions') as Record<string, unknown>[];
    const events = rowsOf(db, 'session_events');
    migrate(db, migrations, 9);
    expect(rowsOf(db, 'sessions')).toEqual(before.map(({ event_count: _, ...rest }) => rest));
    expect(rowsOf(db, 'session_events')).toEqual(events);
    // The event store alone: the sessions store of today's code needs the later columns (0010).
    const [stored] = db.transaction(() => createEventStore(db).append('s1', [{ type: 'note_added', at: 1_300, text: 'Après la migration' }])).immediate();
    expect(stored).toMatchObject({ seq: 3 });
    db.close();
  });
});
