import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../electron/services/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/services/db/migrations/index';
import { DB_FILE_NAME, openDatabase } from '../../../../electron/services/db/open';
import { useTempDirs } from '../../../helpers/temp-dir';
import { TEST_KEY, openTestDb } from '../../../helpers/test-key';

const tempDir = useTempDirs();

describe('database open', () => {
  it('sets WAL, synchronous=FULL and foreign keys explicitly', () => {
    const db = openDatabase(tempDir(), TEST_KEY);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database written by a newer Binôme, in French, and leaves it untouched', () => {
    const dir = tempDir();
    const raw = openTestDb(join(dir, DB_FILE_NAME));
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    expect(() => openDatabase(dir, TEST_KEY)).toThrow(/version plus récente de Binôme/);
    const again = openTestDb(join(dir, DB_FILE_NAME));
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    again.close();
  });
});
