import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createHistoryService } from '../../../../electron/services/history';
import { openDatabase } from '../../../../electron/services/db/open';
import { readOnly, type ReadableDB, type WritableDB } from '../../../../electron/services/db/types';
import { createPersonStore } from '../../../../electron/services/persons/store';
import { useTempDirs } from '../../../helpers/temp-dir';
import { TEST_KEY } from '../../../helpers/test-key';

const tempDir = useTempDirs();

/**
 * The lines under @ts-expect-error are compile-time facts: `npm test` type-checks this file,
 * and tsc fails if any of them compiles (the write became possible).
 */
function compileTimeFacts(read: ReadableDB, write: WritableDB) {
  // @ts-expect-error a read statement has no run()
  read.prepare('SELECT 1').run();
  // @ts-expect-error nor a way back to the connection
  void read.prepare('SELECT 1').database;
  // @ts-expect-error a read-only handle has no exec()
  read.exec('DELETE FROM persons');
  // @ts-expect-error a store, which writes its table, needs the writable handle
  createPersonStore(read);
  // @ts-expect-error a raw connection is not a store's handle either: only openDatabase brands one
  createPersonStore(new Database(':memory:'));
  createPersonStore(write);
  createHistoryService(read, { behind: () => false, catchUp: () => 0 });
}

describe('read-only and writable database handles', () => {
  it('a read model cannot be handed a way to write', () => {
    expectTypeOf<ReadableDB>().not.toExtend<WritableDB>();
    expectTypeOf(compileTimeFacts).toBeFunction();
  });

  it('a read-only handle reads, and refuses at prepare time any statement that would write', () => {
    const db = openDatabase(tempDir(), TEST_KEY);
    const read = readOnly(db);
    expect(read.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(0);
    for (const sql of ["INSERT INTO persons (id, name, sort_key, created_at, updated_at) VALUES ('p', 'P', 'p', 'x', 'x')", 'DELETE FROM persons RETURNING id', "UPDATE purge_gate SET open = 1"]) {
      expect(() => read.prepare(sql), sql).toThrow(/writes/);
    }
    expect(db.prepare('SELECT open FROM purge_gate').pluck().get()).toBe(0);
    db.close();
  });
});
