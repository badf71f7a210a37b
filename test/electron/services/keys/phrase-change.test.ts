import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import { openServicesHost } from '../../../../electron/services/host';
import { readBackupKeyFile, readKeyFile } from '../../../../electron/services/keys/key-file';
import { phraseOnly } from '../../../../electron/services/keys/key-provider';
import { parsePhrase } from '../../../../electron/services/keys/recovery-phrase';
import { openPhraseBox } from '../../../../electron/services/keys/vault';
import { osStandIn } from '../../../../scripts/bench/bench-key';
import { call } from '../../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { TEST_COST, TEST_PHRASE, testHostKeys } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const base = (dir: string) => ({ dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, scryptCost: TEST_COST });
const text = (phrase: string) => {
  const p = parsePhrase(phrase);
  if (!p.ok) throw new Error('not a phrase');
  return p.text;
};
const fileState = (path: string) => {
  const s = statSync(path);
  return { ino: s.ino, mtimeMs: s.mtimeMs, size: s.size, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
};

describe('changing the recovery phrase', () => {
  it('asks the current phrase, shows a new one once, checks two of its words, and re-wraps the key without rewriting a byte of data', async () => {
    const dir = tempDir();
    const host = await openServicesHost({ ...testHostKeys(dir), ...base(dir) });
    await call(host, 'createPerson', { name: 'Rose Quillebeuf' });
    const backup = await call(host, 'createBackup', { folder: null });
    host.current()!.db.pragma('wal_checkpoint(TRUNCATE)');
    const live = join(dir, DB_FILE_NAME);
    const before = fileState(live);
    const backupBefore = fileState(backup.path);
    const keyBefore = readKeyFile(dir);

    // Opened with the phrase (browser mode): the current phrase is asked, and checked.
    expect(await host.dispatch('beginPhraseChange', {})).toMatchObject({ ok: false, error: { key: 'keys.currentPhraseRequired' } });
    expect(await host.dispatch('beginPhraseChange', { currentPhrase: 'abaisser amusant dauphin gélule marbre pleurer soupape vague' })).toMatchObject({ ok: false, error: { key: 'keys.wrongPhrase' } });
    const fresh = await call(host, 'beginPhraseChange', { currentPhrase: TEST_PHRASE });
    expect(fresh.words).toHaveLength(8);
    const [a, b] = fresh.confirm;
    expect(await host.dispatch('confirmPhraseChange', { words: [fresh.words[b - 1]!, fresh.words[a - 1]!] })).toMatchObject({ ok: false, error: { key: 'keys.confirmMismatch' } });
    expect(readKeyFile(dir)).toEqual(keyBefore);
    const info = await call(host, 'confirmPhraseChange', { words: [fresh.words[a - 1]!.toUpperCase(), fresh.words[b - 1]!] });
    expect(info).toMatchObject({ openedWith: 'phrase', phraseWords: 8, phraseBits: 88 });
    // The same words are never confirmed twice.
    expect(await host.dispatch('confirmPhraseChange', { words: [fresh.words[a - 1]!, fresh.words[b - 1]!] })).toMatchObject({ ok: false, error: { key: 'keys.noPendingPhrase' } });

    // Not one byte of the data moved: same inode, same time, same content.
    expect(fileState(live)).toEqual(before);
    expect(fileState(backup.path)).toEqual(backupBefore);
    const after = readKeyFile(dir);
    if (after.status !== 'ok' || keyBefore.status !== 'ok') throw new Error('key file');
    expect(after.value.keyId).toBe(keyBefore.value.keyId);
    expect(after.value.phrase.wrapped).not.toBe(keyBefore.value.phrase.wrapped);
    expect(await openPhraseBox(after.value.phrase, after.value.keyId, text(TEST_PHRASE))).toBeNull();
    expect(await openPhraseBox(after.value.phrase, after.value.keyId, text(fresh.words.join(' ')))).not.toBeNull();
    // The rolling copies follow the new phrase.
    const copyKey = readBackupKeyFile(backup.path);
    if (copyKey.status !== 'ok') throw new Error('backup key file');
    expect(await openPhraseBox(copyKey.value.phrase, copyKey.value.keyId, text(fresh.words.join(' ')))).not.toBeNull();
    host.close();

    await expect(openServicesHost({ ...base(dir), keys: phraseOnly(TEST_PHRASE) })).rejects.toThrow(/ne correspond pas/);
    const again = await openServicesHost({ ...base(dir), keys: phraseOnly(fresh.words.join(' ')) });
    expect((await call(again, 'listPersons')).map((p) => p.name)).toEqual(['Rose Quillebeuf']);
    again.close();
  });

  it('opened by the operating system, the phrase is not asked to change it (the lost phrase is the reason to)', async () => {
    const dir = tempDir();
    const os = osStandIn();
    // First start with the phrase wraps the key for the system too; the next one asks nothing.
    (await openServicesHost({ ...testHostKeys(dir), ...base(dir), keys: { os, launchPhrase: TEST_PHRASE } })).close();
    const host = await openServicesHost({ ...base(dir), keys: { os, launchPhrase: null } });
    expect(host.state().status).toBe('ready');
    expect(await call(host, 'getKeyInfo')).toMatchObject({ openedWith: 'os', osProtected: true });
    const fresh = await call(host, 'beginPhraseChange', {});
    const [a, b] = fresh.confirm;
    await call(host, 'confirmPhraseChange', { words: [fresh.words[a - 1]!, fresh.words[b - 1]!] });
    host.close();
    // Another laptop (another system key): the phrase is asked.
    const elsewhere = await openServicesHost({ ...base(dir), keys: { os: osStandIn(), launchPhrase: null } });
    expect(elsewhere.state().status).toBe('locked');
    elsewhere.close();
  });
});
