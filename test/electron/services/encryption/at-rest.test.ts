import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAIN_HEADER } from '../../../../electron/services/db/connection';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { openServicesHost } from '../../../../electron/services/host';
import { BackupKeyFile } from '../../../../electron/services/keys/key-file';
import { call } from '../../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { testHostKeys } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const TRACES = ['Quillebeuf', 'quillebeuf', 'Zéphyrine', 'xylophone', '06 12 34 56 78', 'appeler après 14 h'];

/** The bytes of a file hold none of the traces, in UTF-8 or UTF-16, and do not start with SQLite's plain header. */
function expectUnreadable(path: string) {
  const bytes = readFileSync(path);
  expect(bytes.length, path).toBeGreaterThan(0);
  expect(bytes.subarray(0, 16).equals(PLAIN_HEADER), `${path} starts with the plain header`).toBe(false);
  for (const t of TRACES) {
    expect(bytes.includes(Buffer.from(t, 'utf8')), `${t} readable in ${path}`).toBe(false);
    expect(bytes.includes(Buffer.from(t, 'utf16le')), `${t} readable (UTF-16) in ${path}`).toBe(false);
  }
}

describe('encrypted at rest', () => {
  it('the database, its WAL, a rolling backup and a USB copy hold no name, phone or note typed, and no plain header', async () => {
    const dir = tempDir();
    const usb = tempDir();
    const host = await openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    const rose = await call(host, 'createPerson', { name: 'Rose Quillebeuf', phone: '06 12 34 56 78', notes: 'Zéphyrine, sa fille : appeler après 14 h' });
    const started = await call(host, 'startSession', { personId: rose.id });
    await call(host, 'sessionCommand', { sessionId: started.id, command: { type: 'add_note', text: 'Pilote du xylophone installé' } });
    // Before any checkpoint the rows sit in the WAL: it is looked at first.
    const wal = join(dir, `${DB_FILE_NAME}-wal`);
    expect(existsSync(wal)).toBe(true);
    expect(readFileSync(wal).length).toBeGreaterThan(4096);
    expectUnreadable(wal);

    const rolling = await call(host, 'createBackup', { folder: null });
    const copy = await call(host, 'createBackup', { folder: usb });
    host.close();
    expectUnreadable(join(dir, DB_FILE_NAME));
    expectUnreadable(rolling.path);
    expectUnreadable(copy.path);

    // Each copy carries its phrase-wrapped key, and nothing the operating system wrapped.
    for (const p of [rolling.path, copy.path]) {
      const key = JSON.parse(readFileSync(`${p}.key.json`, 'utf8'));
      expect(BackupKeyFile.safeParse(key).success).toBe(true);
      expect(Object.keys(key).sort()).toEqual(['format', 'keyId', 'phrase', 'version']);
    }
    expect(readdirSync(usb).sort()).toEqual([`${copy.path.split(/[/\\]/).at(-1)}`, `${copy.path.split(/[/\\]/).at(-1)}.key.json`]);

    // And the app reads everything back.
    const again = await openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    expect((await call(again, 'getPerson', { id: rose.id })).notes).toContain('appeler après 14 h');
    again.close();
  });
});
