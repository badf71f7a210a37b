import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyIdOf, newDataKey } from '../../../../electron/services/keys/data-key';
import { KeyFile, keyFilePath, readKeyFile } from '../../../../electron/services/keys/key-file';
import { SCRYPT_DEFAULT, unwrapWithPhrase, wrapWithPhrase } from '../../../../electron/services/keys/phrase-wrap';
import { createKey, unlockWithPhrase } from '../../../../electron/services/keys/vault';
import { useTempDirs } from '../../../helpers/temp-dir';
import { TEST_COST, TEST_PHRASE_TEXT } from '../../../helpers/test-key';

const tempDir = useTempDirs();

describe('the data key wrapped by the phrase (scrypt + AES-256-GCM)', () => {
  it('uses scrypt N=2^17, r=8, p=1 unless told otherwise, and records the cost in the wrap', async () => {
    expect(SCRYPT_DEFAULT).toEqual({ N: 131072, r: 8, p: 1 });
    const key = newDataKey();
    const box = await wrapWithPhrase(key, keyIdOf(key), TEST_PHRASE_TEXT);
    expect(box).toMatchObject({ kdf: 'scrypt', N: 131072, r: 8, p: 1, cipher: 'aes-256-gcm' });
    expect((await unwrapWithPhrase(box, keyIdOf(key), TEST_PHRASE_TEXT))!.equals(key)).toBe(true);
  });

  it('a wrong phrase, another key id or a changed byte opens nothing', async () => {
    const key = newDataKey();
    const id = keyIdOf(key);
    const box = await wrapWithPhrase(key, id, TEST_PHRASE_TEXT, TEST_COST);
    expect(await unwrapWithPhrase(box, id, `${TEST_PHRASE_TEXT.slice(0, -1)}x`)).toBeNull();
    expect(await unwrapWithPhrase(box, '0123456789abcdef', TEST_PHRASE_TEXT)).toBeNull();
    const wrapped = Buffer.from(box.wrapped, 'base64');
    wrapped[0]! ^= 1;
    expect(await unwrapWithPhrase({ ...box, wrapped: wrapped.toString('base64') }, id, TEST_PHRASE_TEXT)).toBeNull();
  });

  it('the key file holds the key wrapped only (never in clear), validated when read', async () => {
    const dir = tempDir();
    const unlocked = await createKey(dir, TEST_PHRASE_TEXT, null, new Date('2026-03-02T10:00:00Z'), TEST_COST);
    const text = readFileSync(keyFilePath(dir), 'utf8');
    for (const form of ['hex', 'base64'] as const) expect(text.includes(unlocked.key.toString(form))).toBe(false);
    expect(KeyFile.safeParse(JSON.parse(text)).success).toBe(true);
    expect(readKeyFile(dir)).toMatchObject({ status: 'ok', value: { keyId: keyIdOf(unlocked.key), os: null } });
    const again = await unlockWithPhrase(dir, unlocked.file, TEST_PHRASE_TEXT, null);
    expect(again!.key.equals(unlocked.key)).toBe(true);

    const broken = JSON.parse(text);
    broken.phrase.N = 3;
    expect(KeyFile.safeParse(broken).success).toBe(false);
  });
});
