import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { asDataKey, type DataKey } from './data-key';

/**
 * scrypt's cost, stored with each wrapped key so it can be raised later without locking anyone
 * out. N = 2^17, r = 8, p = 1 is the cost OWASP recommends for scrypt: 128 MiB of memory and about
 * half a second per try on a laptop, paid only when the phrase is typed (set-up, a new laptop, a
 * restore elsewhere, browser mode), never on the everyday start with the operating system's key.
 */
export const SCRYPT_DEFAULT = { N: 2 ** 17, r: 8, p: 1 } as const;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(4096);

export const PhraseWrapped = z
  .object({
    kdf: z.literal('scrypt'),
    N: z.number().int().min(2 ** 10).max(2 ** 22).refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: b64,
    cipher: z.literal('aes-256-gcm'),
    iv: b64,
    tag: b64,
    wrapped: b64,
  })
  .strict();
export type PhraseWrapped = z.infer<typeof PhraseWrapped>;

export type ScryptCost = { N: number; r: number; p: number };

function deriveWrappingKey(phraseText: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // maxmem: scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below the default cost.
  const maxmem = 128 * cost.N * cost.r + 16 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(phraseText.normalize('NFC'), salt, 32, { N: cost.N, r: cost.r, p: cost.p, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** The associated data binds the wrapped key to its id: a key file cannot be spliced with another's id. */
const aad = (keyId: string) => Buffer.from(`binome-key/v1/${keyId}`, 'utf8');

export async function wrapWithPhrase(key: DataKey, keyId: string, phraseText: string, cost: ScryptCost = SCRYPT_DEFAULT): Promise<PhraseWrapped> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveWrappingKey(phraseText, salt, cost);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(keyId));
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  kek.fill(0);
  return {
    kdf: 'scrypt',
    ...cost,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

/** The data key, or null when the phrase is not the one this key was wrapped with (the GCM tag fails). */
export async function unwrapWithPhrase(box: PhraseWrapped, keyId: string, phraseText: string): Promise<DataKey | null> {
  const kek = await deriveWrappingKey(phraseText, Buffer.from(box.salt, 'base64'), box);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(aad(keyId));
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(box.wrapped, 'base64')), decipher.final()]);
    return asDataKey(key);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}
