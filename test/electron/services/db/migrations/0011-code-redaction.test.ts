import type Database from 'better-sqlite3-multiple-ciphers';
import { TEST_KEY } from '../../../../helpers/test-key';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChain, createChainReader } from '../../../../../electron/services/db/chain';
import { sessionEventsChain } from '../../../../../electron/services/db/chains';
import { migrate } from '../../../../../electron/services/db/migrate';
import { migrations } from '../../../../../electron/services/db/migrations/index';
import { DB_FILE_NAME, openDatabase } from '../../../../../electron/services/db/open';
import { readOnly } from '../../../../../electron/services/db/types';
import { databaseAt, rowsOf, seedSessions } from '../../../../helpers/schema-at';
import { useTempDirs } from '../../../../helpers/temp-dir';

const tempDir = useTempDirs();

/** Version 10 as the old app left it: two sessions, two codes typed for the dictation aid, one only "generated". */
function v10WithCodes(dir: string) {
  const db = databaseAt(dir, 10);
  seedSessions(db);
  createChain(db, sessionEventsChain).append([
    { id: 'c1', session_id: 's1', seq: 3, type: 'code_generated', at: 1_200, payload: JSON.stringify({ code: 'K7M2QX', deadline: 601_200 }) },
    { id: 'c2', session_id: 's2', seq: 3, type: 'code_generated', at: 2_200, payload: JSON.stringify({ deadline: 602_200 }) },
    { id: 'c3', session_id: 's2', seq: 4, type: 'code_generated', at: 2_300, payload: JSON.stringify({ code: 'P4W9TZ', deadline: 602_300 }) },
    { id: 'n5', session_id: 's1', seq: 4, type: 'note_added', at: 1_300, payload: JSON.stringify({ text: 'Code dicté' }) },
  ]);
  return db;
}

const verify = (db: Database.Database) => createChainReader(readOnly(db), sessionEventsChain).verify();

/** Every file of the data folder, as bytes: the database, its WAL, anything else SQLite left. */

describe('migration 0011 code redaction', () => {
  it('takes every typed code out of the log, keeps every other row, and the chain still verifies', () => {
    const db = v10WithCodes(tempDir());
    const before = rowsOf(db, 'session_events') as { id: string; payload: string; hash: string }[];
    expect(verify(db)).toBeNull();
    migrate(db, migrations, 11);

    const after = rowsOf(db, 'session_events') as { id: string; payload: string; hash: string; type: string }[];
    // Same rows, same stored hashes; only the two payloads that held a code changed.
    expect(after.slice(0, before.length).map((r) => [r.id, r.hash])).toEqual(before.map((r) => [r.id, r.hash]));
    expect(after.find((r) => r.id === 'c1')!.payload).toBe(JSON.stringify({ deadline: 601_200, noted: true }));
    expect(after.find((r) => r.id === 'c3')!.payload).toBe(JSON.stringify({ deadline: 602_300, noted: true }));
    expect(after.find((r) => r.id === 'c2')!.payload).toBe(before.find((r) => r.id === 'c2')!.payload);
    for (const r of after.filter((x) => !['c1', 'c3'].includes(x.id)).slice(0, before.length - 2)) {
      expect(r.payload).toBe(before.find((b) => b.id === r.id)!.payload);
    }
    // One marker at the head declares the two rows, and the run is recorded.
    const marker = after.at(-1)!;
    expect(marker).toMatchObject({ type: 'tombstone', session_id: null });
    expect(JSON.parse(marker.payload)).toMatchObject({ reason: 'redaction', redacted: [[before.find((r) => r.id === 'c1')!.hash, expect.any(String)], [before.find((r) => r.id === 'c3')!.hash, expect.any(String)]] });
    expect(rowsOf(db, 'chain_runs')).toEqual([{ id: 1, reason: 'redaction', at: expect.any(Number), session_events: 2, mandate_journal: 0 }]);
    expect(verify(db)).toBeNull();
    // The app still refuses edits.
    expect(() => db.exec("UPDATE session_events SET payload = '{}' WHERE id = 'c1'")).toThrow(/never edited/);
    db.close();
  });

  it('accepts the redacted rows with exactly their redacted content, and no other edit', () => {
    const db = v10WithCodes(tempDir());
    migrate(db, migrations, 11);
    db.exec('DROP TRIGGER session_events_no_update');
    // A redacted row edited again (its deadline pushed back) no longer matches what the marker declared.
    db.prepare('UPDATE session_events SET payload = ? WHERE id = ?').run(JSON.stringify({ deadline: 999_999, noted: true }), 'c1');
    expect(verify(db)?.row.id).toBe('c1');
    db.prepare('UPDATE session_events SET payload = ? WHERE id = ?').run(JSON.stringify({ deadline: 601_200, noted: true }), 'c1');
    expect(verify(db)).toBeNull();
    // A row the marker does not name cannot be edited under its cover.
    db.prepare('UPDATE session_events SET payload = ? WHERE id = ?').run(JSON.stringify({ deadline: 602_200, noted: true }), 'c2');
    expect(verify(db)?.row.id).toBe('c2');
    db.close();
  });

  it('leaves no byte of a code in the database pages (free ones included) or its WAL while the app has it open', () => {
    const dir = tempDir();
    const db = v10WithCodes(dir);
    // The file is encrypted, so its raw bytes never show a code: the pages are read as SQLite
    // sees them once decrypted (serialize copies every page, free ones included).
    expect(db.serialize().toString('latin1')).toContain('K7M2QX');
    db.close();
    const open = openDatabase(dir, TEST_KEY);
    // The app keeps its connection (and so the WAL file) open for hours: look while it is.
    const pages = open.serialize().toString('latin1');
    for (const needle of ['K7M2QX', 'P4W9TZ', 'k7m2qx', 'K7M 2QX']) expect(pages).not.toContain(needle);
    // The migration's old pages went through the WAL: it was checkpointed and truncated.
    const wal = join(dir, `${DB_FILE_NAME}-wal`);
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    open.close();
  });

  it('changes nothing when no code was ever typed', () => {
    const db = databaseAt(tempDir(), 10);
    seedSessions(db);
    const before = rowsOf(db, 'session_events');
    migrate(db, migrations, 11);
    expect(rowsOf(db, 'session_events')).toEqual(before);
    expect(rowsOf(db, 'chain_runs')).toEqual([]);
    db.close();
  });
});
