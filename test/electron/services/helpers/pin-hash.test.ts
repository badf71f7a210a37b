import { describe, expect, it } from 'vitest';
import { CURRENT_PIN_PARAMS, hashPin, needsRehash, verifyPin } from '../../../../electron/services/helpers/pin-hash';

// Cheap parameters where the cost itself is not what is tested.
const FAST = { N: 1024, r: 8, p: 1 };

describe('PIN hashes', () => {
  it('verify the right PIN only, with a salt of their own, and never hold the PIN', async () => {
    const a = await hashPin('482915', FAST);
    const b = await hashPin('482915', FAST);
    expect(a).not.toBe(b);
    expect(a).not.toContain('482915');
    expect(JSON.parse(a)).toMatchObject({ alg: 'scrypt', N: 1024, r: 8, p: 1, salt: expect.any(String), hash: expect.any(String) });
    expect(await verifyPin('482915', a)).toBe(true);
    expect(await verifyPin('482916', a)).toBe(false);
    expect(await verifyPin('', a)).toBe(false);
  });

  it('use the current parameters by default, and say when an older hash is to be made again', async () => {
    const current = await hashPin('482915');
    expect(JSON.parse(current)).toMatchObject(CURRENT_PIN_PARAMS);
    expect(await verifyPin('482915', current)).toBe(true);
    expect(needsRehash(current)).toBe(false);
    // An older, weaker hash still verifies with the parameters stored beside it.
    const older = await hashPin('482915', FAST);
    expect(await verifyPin('482915', older)).toBe(true);
    expect(needsRehash(older)).toBe(true);
  });

  it('never accept a stored value they did not write', async () => {
    const good = JSON.parse(await hashPin('482915', FAST));
    for (const stored of ['', 'not json', '{}', JSON.stringify({ ...good, alg: 'md5' }), JSON.stringify({ ...good, N: -1 }), JSON.stringify({ ...good, hash: 'AAAA' })]) {
      expect(await verifyPin('482915', stored)).toBe(false);
    }
  });
});
