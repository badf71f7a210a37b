import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { createServicesHost, openServicesHost, type HostOptions } from '../../../../electron/services/host';
import { backupKeyPath, KEY_FILE_NAME, keyFilePath, readKeyFile } from '../../../../electron/services/keys/key-file';
import { phraseOnly, type KeyProvider, type OsKeyProtection } from '../../../../electron/services/keys/key-provider';
import { frenchText } from '../../../../shared/messages/format';
import type { Message } from '../../../../shared/messages/message';
import { call } from '../../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { TEST_COST, TEST_KEY_FILE, TEST_PHRASE, testHostKeys } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const WRONG = 'abaisser amusant dauphin gélule marbre pleurer soupape vague';
const options = (dir: string, keys: KeyProvider): HostOptions => ({ dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, scryptCost: TEST_COST, keys });

/** A stand-in for DPAPI: a secret of this "Windows account" seals the key (AES-256-GCM). */
function fakeOs(): OsKeyProtection {
  const account = randomBytes(32);
  return {
    scheme: 'electron-safeStorage',
    available: async () => true,
    async protect(secret) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', account, iv);
      const body = Buffer.concat([c.update(secret, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    async reveal(blob) {
      try {
        const d = createDecipheriv('aes-256-gcm', account, blob.subarray(0, 12));
        d.setAuthTag(blob.subarray(12, 28));
        return { secret: Buffer.concat([d.update(blob.subarray(28)), d.final()]).toString('utf8'), shouldReprotect: false };
      } catch {
        return null;
      }
    },
  };
}

/** A folder as the review's reference one: a person, a rolling backup (with its `.key.json`), stopped. */
async function folderWithBackup() {
  const dir = tempDir();
  const host = await openServicesHost(options(dir, testHostKeys(dir).keys));
  await call(host, 'createPerson', { name: 'Rose Quillebeuf' });
  const backup = (await call(host, 'createBackup', { folder: null }))!;
  host.close();
  return { dir, backup: backup.path };
}

const names = async (host: Parameters<typeof call>[0]) => (await call(host, 'listPersons')).map((p) => p.name);
/** No-break spaces read as plain ones. */
const plain = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
const text = (m: Message | null) => plain(m ? frenchText(m) : '');
const said = (answer: unknown) => plain((answer as { error: { message: string } }).error.message);
/** Every file of the folder but the live database's (which a start may checkpoint). */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((n) => !n.startsWith(DB_FILE_NAME))
    .sort();

describe('binome.key.json deleted (review H5): the key comes back from a backup, never a new one', () => {
  it('with the phrase given at launch: the same key, re-created from the backup’s key file, and said in French', async () => {
    const { dir } = await folderWithBackup();
    rmSync(keyFilePath(dir));
    const host = createServicesHost(options(dir, phraseOnly(TEST_PHRASE)));
    const state = await host.start();
    expect(state).toMatchObject({ status: 'ready', reason: null, keyFile: null, notice: { key: 'keys.keyFileRecreated' } });
    expect(text(state.notice)).toMatch(/^Le fichier de clé manquait : il a été recréé depuis la sauvegarde du \d{1,2}(er)? \S+ \d{4}, avec la même phrase de récupération\./);
    expect(await names(host)).toEqual(['Rose Quillebeuf']);
    expect((await call(host, 'getStartupState')).notice).toEqual(state.notice);
    expect(await call(host, 'getStartupIntegrity')).toMatchObject({ ok: true });
    host.close();
    // The old key, wrapped by the same phrase: the next start opens as before, the backups too.
    expect(readKeyFile(dir)).toMatchObject({ status: 'ok', value: { keyId: TEST_KEY_FILE.keyId } });
    const again = await openServicesHost(options(dir, phraseOnly(TEST_PHRASE)));
    expect(again.state().notice).toBeNull();
    expect((await call(again, 'listRestoreCandidates')).every((c) => c.usable)).toBe(true);
    again.close();
  });

  it('without a phrase (browser mode without --key-file, or the desktop app): the phrase is asked, not the set-up; then the key file is wrapped by the system again', async () => {
    const { dir } = await folderWithBackup();
    rmSync(keyFilePath(dir));
    const os = fakeOs();
    const host = createServicesHost(options(dir, { os, launchPhrase: null }));
    expect(await host.start()).toMatchObject({ status: 'locked', keyFile: 'missing' });
    expect(await host.dispatch('beginKeySetup', {})).toMatchObject({ ok: false, error: { key: 'keys.notInSetup' } });
    const before = files(dir);
    const wrong = await host.dispatch('unlockWithPhrase', { phrase: WRONG });
    expect(wrong).toMatchObject({ ok: false, error: { key: 'keys.wrongPhraseKeyFileMissing' } });
    expect(said(wrong)).toContain(`Le fichier de clé ${keyFilePath(dir)} manque, et cette phrase n’ouvre pas non plus le fichier de clé des sauvegardes : rien n’a été modifié.`);
    expect(files(dir)).toEqual(before);
    expect(host.state().status).toBe('locked');

    expect(await host.dispatch('unlockWithPhrase', { phrase: TEST_PHRASE })).toMatchObject({ ok: true });
    expect(host.state()).toMatchObject({ status: 'ready', notice: { key: 'keys.keyFileRecreated' } });
    expect(await names(host)).toEqual(['Rose Quillebeuf']);
    host.close();
    const file = readKeyFile(dir);
    expect(file).toMatchObject({ status: 'ok', value: { keyId: TEST_KEY_FILE.keyId, os: { scheme: 'electron-safeStorage' } } });
    // The everyday start again: the system opens it, nothing typed.
    const everyday = createServicesHost(options(dir, { os, launchPhrase: null }));
    expect(await everyday.start()).toMatchObject({ status: 'ready' });
    everyday.close();
  });

  it('no backup keeps a key file: a recovery screen that says « Fichier de clé manquant » (not « endommagé ») and what to do; nothing is made', async () => {
    const { dir, backup } = await folderWithBackup();
    rmSync(keyFilePath(dir));
    rmSync(backupKeyPath(backup));
    const before = files(dir);
    const host = createServicesHost(options(dir, phraseOnly(TEST_PHRASE)));
    const state = await host.start();
    expect(state).toMatchObject({ status: 'recovery', keyFile: 'missing', reason: { key: 'keys.keyFileMissingNoBackup' } });
    expect(text(state.reason)).toContain(`Fichier de clé manquant : ${keyFilePath(dir)} n’existe plus`);
    expect(text(state.reason)).toContain('Remettez en place binome.key.json depuis une copie du dossier de données');
    expect(text(state.reason)).not.toContain('endommagé');
    expect(await host.dispatch('startEmpty', { confirm: true })).toMatchObject({ ok: false, error: { key: 'keys.startEmptyNeedsKey' } });
    expect(files(dir)).toEqual(before);
    expect(existsSync(keyFilePath(dir))).toBe(false);
    host.close();
  });

  it('the live file damaged too: the phrase opens the backups’ key, the backup is restored and the key file re-created', async () => {
    const { dir } = await folderWithBackup();
    rmSync(keyFilePath(dir));
    writeFileSync(join(dir, DB_FILE_NAME), randomBytes(8192));
    const host = createServicesHost(options(dir, phraseOnly(TEST_PHRASE)));
    expect(await host.start()).toMatchObject({ status: 'recovery', keyFile: 'missing', reason: { key: 'keys.keyFileNoMatch' } });
    const [best] = await call(host, 'listRestoreCandidates');
    expect(best).toMatchObject({ usable: true });
    await call(host, 'restoreBackup', { source: { backup: best!.name } });
    expect(host.state().status).toBe('ready');
    expect(await names(host)).toEqual(['Rose Quillebeuf']);
    host.close();
    expect(readKeyFile(dir)).toMatchObject({ status: 'ok', value: { keyId: TEST_KEY_FILE.keyId } });
  });
});

describe('a key file that is unreadable or not this data’s (review M1): named, and repaired from a backup with the phrase', () => {
  const aside = (dir: string) => readdirSync(dir).filter((n) => n.startsWith(`${KEY_FILE_NAME}.mis-de-cote-`));

  for (const [label, damage] of [
    ['cut short (100 bytes)', (p: string) => writeFileSync(p, readFileSync(p).subarray(0, 100))],
    ['scrypt cost out of range (N = 2)', (p: string) => writeFileSync(p, JSON.stringify({ ...JSON.parse(readFileSync(p, 'utf8')), phrase: { ...TEST_KEY_FILE.phrase, N: 2 } }))],
    ['a backup’s key file put in its place', (p: string, backup: string) => copyFileSync(backupKeyPath(backup), p)],
    ['another key id (its wrap no longer opens)', (p: string) => writeFileSync(p, JSON.stringify({ ...TEST_KEY_FILE, keyId: '0123456789abcdef' }))],
  ] as const) {
    it(`${label}: set aside (kept), re-created, said in French`, async () => {
      const { dir, backup } = await folderWithBackup();
      const original = readFileSync(keyFilePath(dir));
      damage(keyFilePath(dir), backup);
      const damaged = readFileSync(keyFilePath(dir));
      expect(damaged.equals(original)).toBe(false);
      const host = createServicesHost(options(dir, phraseOnly(TEST_PHRASE)));
      const state = await host.start();
      expect(state).toMatchObject({ status: 'ready', notice: { key: 'keys.keyFileReplaced' } });
      const [kept] = aside(dir);
      expect(readFileSync(join(dir, kept!)).equals(damaged)).toBe(true);
      expect(text(state.notice)).toContain(`Le fichier de clé était illisible ou n’était pas celui de ces données : il a été mis de côté (${join(dir, kept!)}) et recréé depuis la sauvegarde du`);
      expect(await names(host)).toEqual(['Rose Quillebeuf']);
      host.close();
      expect(readKeyFile(dir)).toMatchObject({ status: 'ok', value: { keyId: TEST_KEY_FILE.keyId } });
    });
  }

  it('unreadable, and the phrase not typed yet: the unlock screen says the key file is the problem', async () => {
    const { dir } = await folderWithBackup();
    writeFileSync(keyFilePath(dir), '{"format":"binome-key"');
    const host = createServicesHost(options(dir, phraseOnly(null)));
    expect(await host.start()).toMatchObject({ status: 'locked', keyFile: 'invalid' });
    const wrong = await host.dispatch('unlockWithPhrase', { phrase: WRONG });
    expect(wrong).toMatchObject({ ok: false, error: { key: 'keys.wrongPhraseKeyFileInvalid' } });
    expect(said(wrong)).toContain(`Le fichier de clé ${keyFilePath(dir)} est illisible`);
    expect(await host.dispatch('unlockWithPhrase', { phrase: TEST_PHRASE })).toMatchObject({ ok: true });
    expect(host.state()).toMatchObject({ status: 'ready', notice: { key: 'keys.keyFileReplaced' } });
    host.close();
  });

  it('unreadable with no backup: names the file and the fix, never « pas encore ouvertes », changes nothing', async () => {
    const { dir, backup } = await folderWithBackup();
    rmSync(backupKeyPath(backup));
    writeFileSync(keyFilePath(dir), 'x'.repeat(100));
    const before = files(dir);
    const host = createServicesHost(options(dir, phraseOnly(TEST_PHRASE)));
    const state = await host.start();
    expect(state).toMatchObject({ status: 'recovery', keyFile: 'invalid', reason: { key: 'keys.keyFileInvalidNoBackup' } });
    expect(text(state.reason)).toContain(`Le fichier de clé ${keyFilePath(dir)} est illisible (tronqué ou modifié)`);
    expect(text(state.reason)).toContain('Remettez en place une copie intacte de binome.key.json');
    expect(files(dir)).toEqual(before);
    host.close();
  });

  it('its wrap changed (same key id): the message names the key file rather than blaming the phrase, and changes nothing', async () => {
    const { dir } = await folderWithBackup();
    const wrapped = Buffer.from(TEST_KEY_FILE.phrase.wrapped, 'base64');
    wrapped[0] = wrapped[0]! ^ 1;
    writeFileSync(keyFilePath(dir), JSON.stringify({ ...TEST_KEY_FILE, phrase: { ...TEST_KEY_FILE.phrase, wrapped: wrapped.toString('base64') } }));
    const before = files(dir);
    const keyFile = readFileSync(keyFilePath(dir));
    const host = createServicesHost(options(dir, phraseOnly(null)));
    expect(await host.start()).toMatchObject({ status: 'locked', keyFile: null });
    const answer = await host.dispatch('unlockWithPhrase', { phrase: TEST_PHRASE });
    expect(answer).toMatchObject({ ok: false, error: { key: 'keys.keyFileDoesNotOpen' } });
    expect(said(answer)).toContain(`mais pas le fichier de clé ${keyFilePath(dir)} : rien n’a été modifié.`);
    expect(files(dir)).toEqual(before);
    expect(readFileSync(keyFilePath(dir)).equals(keyFile)).toBe(true);
    // A phrase that opens nothing is still the phrase's fault.
    expect(await host.dispatch('unlockWithPhrase', { phrase: WRONG })).toMatchObject({ ok: false, error: { key: 'keys.wrongPhrase' } });
    host.close();
  });
});
