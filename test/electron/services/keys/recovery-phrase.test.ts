import { describe, expect, it } from 'vitest';
import { newRecoveryPhrase, parsePhrase, PHRASE_BITS, PHRASE_WORDS, WORDS } from '../../../../electron/services/keys/recovery-phrase';

describe('recovery phrase', () => {
  it('is 8 words drawn from a 2,048-word French list: 88 bits', () => {
    expect(WORDS).toHaveLength(2048);
    expect(new Set(WORDS).size).toBe(2048);
    expect(PHRASE_WORDS).toBe(8);
    expect(PHRASE_BITS).toBe(88);
    const phrase = newRecoveryPhrase();
    expect(phrase).toHaveLength(8);
    for (const w of phrase) expect(WORDS).toContain(w);
    // Two draws are not the same phrase (a fixed or badly seeded draw would be).
    expect(newRecoveryPhrase().join(' ')).not.toBe(phrase.join(' '));
  });

  it('reads the phrase whatever the accents, capitals, dashes or numbering typed', () => {
    const a = parsePhrase('abaisser amusant dauphin gélule marbre pleurer soupape viaduc');
    const b = parsePhrase('1. ABAISSER 2. amusant - Dauphin gelule\nmarbre, pleurer soupape   viaduc');
    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: true });
    if (a.ok && b.ok) expect(a.text).toBe(b.text);
  });

  it('says how many words were typed, and which ones are not in the list', () => {
    expect(parsePhrase('abaisser amusant')).toEqual({ ok: false, reason: 'count', count: 2 });
    expect(parsePhrase('abaisser amusant dauphinn gélule marbre pleurer soupappe viaduc')).toEqual({ ok: false, reason: 'unknown', positions: [3, 7] });
  });
});
