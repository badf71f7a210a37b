import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { createServicesHost, openServicesHost } from '../../../../electron/services/host';
import { KEY_FILE_NAME, readKeyFile } from '../../../../electron/services/keys/key-file';
import { phraseOnly } from '../../../../electron/services/keys/key-provider';
import { call } from '../../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { TEST_COST, TEST_KEY_FILE, TEST_PHRASE, testHostKeys } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const options = (dir: string) => ({ dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, scryptCost: TEST_COST });

/** A backup copied to a USB key by the association's first laptop. */
async function usbCopyFromFirstLaptop() {
  const first = tempDir();
  const usb = tempDir();
  const host = await openServicesHost({ ...testHostKeys(first), ...options(first) });
  await call(host, 'createPerson', { name: 'Rose Quillebeuf' });
  const copy = await call(host, 'createBackup', { folder: usb });
  host.close();
  return copy.path;
}

describe('restoring a backup on a new laptop (a fresh data folder)', () => {
  it('asks for the phrase, refuses a wrong one in French changing nothing, and works with the right one', async () => {
    const copy = await usbCopyFromFirstLaptop();
    const fresh = tempDir();
    const host = createServicesHost({ ...options(fresh), keys: phraseOnly(null) });
    expect(await host.start()).toMatchObject({ status: 'setup', plainData: false });

    const without = await host.dispatch('restoreBackup', { path: copy });
    expect(without).toMatchObject({ ok: false, error: { key: 'restore.phraseNeeded', message: expect.stringContaining('saisissez la phrase de récupération') } });
    const wrong = await host.dispatch('restoreBackup', { path: copy, phrase: 'abaisser amusant dauphin gélule marbre pleurer soupape vague' });
    expect(wrong).toMatchObject({ ok: false, error: { key: 'keys.wrongPhrase', message: 'Cette phrase de récupération ne correspond pas : rien n’a été modifié. Vérifiez chaque mot et réessayez.' } });
    const garbled = await host.dispatch('restoreBackup', { path: copy, phrase: 'abaisser amusant' });
    expect(garbled).toMatchObject({ ok: false, error: { key: 'keys.phraseWordCount' } });
    // Nothing changed: no key, no database, still at the set-up.
    expect(readdirSync(fresh)).toEqual([]);
    expect(host.state().status).toBe('setup');

    const restored = await host.dispatch('restoreBackup', { path: copy, phrase: `  ${TEST_PHRASE.toUpperCase()} ` });
    expect(restored).toMatchObject({ ok: true });
    expect(host.state().status).toBe('ready');
    expect((await call(host, 'listPersons')).map((p) => p.name)).toEqual(['Rose Quillebeuf']);
    // The new laptop keeps the backup's key and phrase: the same phrase opens it next time.
    expect(readKeyFile(fresh)).toMatchObject({ status: 'ok', value: { keyId: TEST_KEY_FILE.keyId } });
    host.close();

    const locked = createServicesHost({ ...options(fresh), keys: phraseOnly(null) });
    expect(await locked.start()).toMatchObject({ status: 'locked' });
    expect(await locked.dispatch('listPersons', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await locked.dispatch('unlockWithPhrase', { phrase: 'abaisser amusant dauphin gélule marbre pleurer soupape vague' })).toMatchObject({ ok: false, error: { key: 'keys.wrongPhrase' } });
    expect(locked.state().status).toBe('locked');
    expect(await locked.dispatch('unlockWithPhrase', { phrase: TEST_PHRASE })).toMatchObject({ ok: true });
    expect((await call(locked, 'listPersons')).map((p) => p.name)).toEqual(['Rose Quillebeuf']);
    locked.close();
  });

  it('a copy without its key file cannot be opened elsewhere, and says which file is missing', async () => {
    const copy = await usbCopyFromFirstLaptop();
    const { rmSync } = await import('node:fs');
    rmSync(`${copy}.key.json`);
    const fresh = tempDir();
    const host = createServicesHost({ ...options(fresh), keys: phraseOnly(null) });
    await host.start();
    expect(await host.dispatch('restoreBackup', { path: copy, phrase: TEST_PHRASE })).toMatchObject({ ok: false, error: { key: 'restore.keyFileMissing' } });
    expect(existsSync(join(fresh, KEY_FILE_NAME)) || existsSync(join(fresh, DB_FILE_NAME))).toBe(false);
  });

  it('into a folder with its own key: the copy is re-encrypted with that folder’s key, after its own phrase', async () => {
    const copy = await usbCopyFromFirstLaptop();
    const other = tempDir();
    const host = createServicesHost({ ...options(other), keys: phraseOnly('abeille abandon abdiquer abolir aborder aboutir aboyer abrasif') });
    expect(await host.start()).toMatchObject({ status: 'ready' });
    await call(host, 'createPerson', { name: 'Léa Martin' });
    expect(await host.dispatch('restoreBackup', { path: copy })).toMatchObject({ ok: false, error: { key: 'restore.phraseNeeded' } });
    expect((await call(host, 'listPersons')).map((p) => p.name)).toEqual(['Léa Martin']);
    await call(host, 'restoreBackup', { path: copy, phrase: TEST_PHRASE });
    expect((await call(host, 'listPersons')).map((p) => p.name)).toEqual(['Rose Quillebeuf']);
    host.close();
    // Still this folder's key and phrase.
    const again = await openServicesHost({ ...options(other), keys: phraseOnly('abeille abandon abdiquer abolir aborder aboutir aboyer abrasif') });
    expect((await call(again, 'listPersons')).map((p) => p.name)).toEqual(['Rose Quillebeuf']);
    again.close();
  });
});
