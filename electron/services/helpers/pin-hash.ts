import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * PINs are kept only as scrypt hashes with a salt of their own. The parameters are stored with
 * each hash, so they can be raised later: an older hash still verifies with its own parameters,
 * and `needsRehash` says when to store it again with the current ones (done at the next unlock).
 *
 * N = 2^15, r = 8 costs about 32 MB and a few tens of milliseconds per try here: slow enough that
 * a stolen hash is expensive to try a million PINs against, quick enough for an unlock.
 */
export interface PinHashParams {
  N: number;
  r: number;
  p: number;
}

export const CURRENT_PIN_PARAMS: PinHashParams = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

interface StoredPinHash extends PinHashParams {
  alg: 'scrypt';
  salt: string;
  hash: string;
}

function derive(pin: string, salt: Buffer, params: PinHashParams): Promise<Buffer> {
  // maxmem must exceed 128 * N * r, or node refuses the parameters.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(pin: string, params: PinHashParams = CURRENT_PIN_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await derive(pin, salt, params);
  const stored: StoredPinHash = { alg: 'scrypt', ...params, salt: salt.toString('base64'), hash: hash.toString('base64') };
  return JSON.stringify(stored);
}

function parse(stored: string): StoredPinHash | null {
  try {
    const v = JSON.parse(stored) as Partial<StoredPinHash>;
    const int = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0;
    if (v.alg !== 'scrypt' || !int(v.N) || !int(v.r) || !int(v.p) || typeof v.salt !== 'string' || typeof v.hash !== 'string') return null;
    return v as StoredPinHash;
  } catch {
    return null;
  }
}

/** False for a wrong PIN and for a stored value that is not a hash we wrote (never true by accident). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const expected = Buffer.from(parsed.hash, 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await derive(pin, Buffer.from(parsed.salt, 'base64'), parsed);
  return timingSafeEqual(actual, expected);
}

/** True when the stored hash was made with weaker parameters than today's. */
export function needsRehash(stored: string, params: PinHashParams = CURRENT_PIN_PARAMS): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N < params.N || parsed.r < params.r || parsed.p < params.p;
}
