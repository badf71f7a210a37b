import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app';
import { CURRENT_SCHEME, inOlderScheme, openConnection, openConnectionWithScheme, useKey } from '../../../../electron/services/db/connection';
import { migrate } from '../../../../electron/services/db/migrate';
import { migrations } from '../../../../electron/services/db/migrations/index';
import { applyPragmas, DB_FILE_NAME } from '../../../../electron/services/db/open';
import { openServicesHost } from '../../../../electron/services/host';
import { asDataKey } from '../../../../electron/services/keys/data-key';
import { call, startupIntegrity } from '../../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { testFolderKey, testHostKeys, TEST_KEY } from '../../../helpers/test-key';

const tempDir = useTempDirs();

/** A data folder as the first encrypted builds wrote it: SQLCipher 4's scheme, a person, a closed session, a rolling backup. */
async function olderFolder(dir: string) {
  const old = new Database(join(dir, DB_FILE_NAME));
  useKey(old, TEST_KEY, 'sqlcipher4');
  applyPragmas(old);
  migrate(old, migrations);
  old.close();
  const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
  const rose = await call(s, 'createPerson', { name: 'Rose Ancienne', notes: 'appeler le matin' });
  const started = await call(s, 'startSession', { personId: rose.id });
  await call(s, 'sessionCommand', { sessionId: started.id, command: { type: 'add_note', text: 'Imprimante branchée' } });
  const backup = (await call(s, 'createBackup', { folder: null }))!;
  s.close();
  return { rose, backup: backup.path };
}

describe('cipher scheme', () => {
  it('writes new files in the current scheme (AEGIS-256) and refuses a wrong key', () => {
    const path = join(tempDir(), 'x.sqlite');
    openConnection(path, TEST_KEY).exec('CREATE TABLE t (x)');
    const { db, scheme } = openConnectionWithScheme(path, TEST_KEY);
    db.close();
    expect(scheme).toBe(CURRENT_SCHEME);
    expect(CURRENT_SCHEME).toBe('aegis');
    expect(() => openConnection(path, asDataKey(Buffer.alloc(32, 9)))).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));
  });

  it('still opens a folder in the older scheme, re-encrypts the live database at the next start, and keeps older backups readable', async () => {
    const dir = tempDir();
    const { rose, backup } = await olderFolder(dir);
    const live = join(dir, DB_FILE_NAME);
    expect(inOlderScheme(live, TEST_KEY)).toBe(true);
    expect(inOlderScheme(backup, TEST_KEY)).toBe(true);
    // A wrong key opens it in no scheme.
    expect(() => openConnection(live, asDataKey(Buffer.alloc(32, 9)))).toThrow(expect.objectContaining({ code: 'SQLITE_NOTADB' }));

    const host = await openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    await host.settled();
    expect(host.state().status).toBe('ready');
    expect((await call(host, 'getPerson', { id: rose.id })).notes).toBe('appeler le matin');
    expect((await call(host, 'searchHistory', { text: 'Imprimante' })).total).toBe(1);
    expect((await startupIntegrity(host)).ok).toBe(true);
    host.close();

    const { db, scheme } = openConnectionWithScheme(live, TEST_KEY, { readonly: true });
    db.close();
    expect(scheme).toBe(CURRENT_SCHEME);
    expect(readdirSync(dir).filter((n) => /\.(plain|encrypting|encrypted)$/.test(n))).toEqual([]);
    // The backup made before stays in its scheme, and opens.
    expect(existsSync(backup)).toBe(true);
    const copy = openConnection(backup, TEST_KEY, { readonly: true });
    expect(copy.prepare('SELECT name FROM persons').pluck().all()).toEqual(['Rose Ancienne']);
    copy.close();
  });
});
