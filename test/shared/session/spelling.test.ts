import { describe, expect, it } from 'vitest';
import { frenchText } from '../../../shared/messages/format';
import { foldForSearch } from '../../../shared/text/normalize';
import { DIGIT_NAMES, formatCode, groupCode, LETTER_WORDS, normalizeCode, spellCharacter, spellCode } from '../../../shared/session';

describe('normalizeCode', () => {
  it.each([
    ['k7m2qx', 'K7M2QX'],
    [' K7M 2QX ', 'K7M2QX'],
    ['k7m-2qx', 'K7M2QX'],
    ['k 7 m – 2 q x', 'K7M2QX'],
    ['K7M\u00a02QX', 'K7M2QX'],
    ['K7M\u202f2QX', 'K7M2QX'],
  ])('accepts %j as %s', (input, code) => {
    expect(normalizeCode(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['', 'Saisissez le code affiché par l’Assistance rapide, ou cliquez sur « Code généré (sans le taper) ».'],
    [' - ', 'Saisissez le code affiché par l’Assistance rapide, ou cliquez sur « Code généré (sans le taper) ».'],
    // The length is what is observed, not documented: the refusal says how to go on without typing it.
    ['K7M2Q', 'Binôme attend 6 caractères, ce qu’on observe d’habitude ; vous en avez saisi 5. Vérifiez le code, ou cliquez sur « Code généré (sans le taper) ».'],
    ['K7M 2QX9', 'Binôme attend 6 caractères, ce qu’on observe d’habitude ; vous en avez saisi 7. Vérifiez le code, ou cliquez sur « Code généré (sans le taper) ».'],
    ['K7M2QÉ', 'Le caractère « É » n’est pas accepté : Binôme attend des lettres sans accent et des chiffres. Vérifiez le code, ou cliquez sur « Code généré (sans le taper) ».'],
    ['K7M_QX', 'Le caractère « _ » n’est pas accepté : Binôme attend des lettres sans accent et des chiffres. Vérifiez le code, ou cliquez sur « Code généré (sans le taper) ».'],
    ['K7M.QX', 'Le caractère « . » n’est pas accepté : Binôme attend des lettres sans accent et des chiffres. Vérifiez le code, ou cliquez sur « Code généré (sans le taper) ».'],
  ])('refuses %j with a keyed reason, in French: %s', (input, message) => {
    const result = normalizeCode(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && frenchText(result.error)).toBe(message);
  });

  it('does not let uppercasing turn one bad character into two good ones', () => {
    // 'ß'.toUpperCase() === 'SS': « ßßß » must not become the valid « SSSSSS ».
    expect(normalizeCode('ßßß').ok).toBe(false);
  });
});

describe('grouping', () => {
  it('splits 3 + 3', () => {
    expect(groupCode('K7M2QX')).toEqual(['K7M', '2QX']);
    expect(formatCode('K7M2QX')).toBe('K7M 2QX');
  });
});

describe('spelling aid', () => {
  it('spells letters with a word and digits with their name, in two groups', () => {
    const spelled = spellCode('akm 347');
    expect(spelled.ok).toBe(true);
    if (!spelled.ok) return;
    expect(spelled.display).toBe('AKM 347');
    expect(spelled.chars.map((c) => c.aid)).toEqual([
      'A comme Anatole',
      'K comme Kiwi',
      'M comme Maison',
      '3, le chiffre trois',
      '4, le chiffre quatre',
      '7, le chiffre sept',
    ]);
    expect(spelled.chars.map((c) => c.group)).toEqual([1, 1, 1, 2, 2, 2]);
    expect(spelled.chars.map((c) => c.kind)).toEqual(['letter', 'letter', 'letter', 'digit', 'digit', 'digit']);
    expect(spelled.chars.some((c) => c.ambiguous)).toBe(false);
    expect(spelled.text).toBe(
      'Premier groupe : A comme Anatole ; K comme Kiwi ; M comme Maison. Deuxième groupe : 3, le chiffre trois ; 4, le chiffre quatre ; 7, le chiffre sept.',
    );
  });

  it('marks every look-alike pair, both ways, with a « pas … » hint', () => {
    const hints = Object.fromEntries(
      ['O', '0', 'I', '1', 'L', '5', 'S', '8', 'B', '2', 'Z', '6', 'G'].map((ch) => [ch, spellCharacter(ch).hint]),
    );
    expect(hints).toEqual({
      O: 'la lettre O, pas le chiffre zéro',
      '0': 'le chiffre zéro, pas la lettre O',
      I: 'la lettre I, pas le chiffre un ni la lettre L',
      '1': 'le chiffre un, pas la lettre I ni la lettre L',
      L: 'la lettre L, pas le chiffre un ni la lettre I',
      '5': 'le chiffre cinq, pas la lettre S',
      S: 'la lettre S, pas le chiffre cinq',
      '8': 'le chiffre huit, pas la lettre B',
      B: 'la lettre B, pas le chiffre huit',
      '2': 'le chiffre deux, pas la lettre Z',
      Z: 'la lettre Z, pas le chiffre deux',
      '6': 'le chiffre six, pas la lettre G',
      G: 'la lettre G, pas le chiffre six',
    });
    for (const ch of ['A', 'K', 'X', '3', '7', '9']) {
      expect(spellCharacter(ch)).toMatchObject({ ambiguous: false, confusableWith: [] });
      expect(spellCharacter(ch)).not.toHaveProperty('hint');
    }
  });

  it('puts the hint into the dictation text for a code full of look-alikes', () => {
    const spelled = spellCode('o0i-1l5');
    expect(spelled.ok).toBe(true);
    if (!spelled.ok) return;
    expect(spelled.chars.every((c) => c.ambiguous)).toBe(true);
    expect(spelled.chars[0]).toMatchObject({ char: 'O', position: 1, aid: 'O comme Orange', confusableWith: ['0'] });
    expect(spelled.chars[1]).toMatchObject({ char: '0', position: 2, aid: '0, le chiffre zéro' });
    expect(spelled.text).toContain('O comme Orange (la lettre O, pas le chiffre zéro)');
    expect(spelled.text).toContain('Deuxième groupe : 1, le chiffre un (le chiffre un, pas la lettre I ni la lettre L)');
  });

  it('passes on the keyed refusal for an invalid code', () => {
    expect(spellCode('K7M2')).toEqual({ ok: false, error: { key: 'code.wrongLength', params: { length: 6, typed: 4 } } });
  });

  it('has one distinct word per letter, starting with that letter, and ten digit names', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    expect(Object.keys(LETTER_WORDS).sort()).toEqual(letters);
    for (const letter of letters) expect(foldForSearch(LETTER_WORDS[letter]!).startsWith(letter.toLowerCase())).toBe(true);
    expect(new Set(Object.values(LETTER_WORDS)).size).toBe(26);
    expect(DIGIT_NAMES).toHaveLength(10);
  });
});
