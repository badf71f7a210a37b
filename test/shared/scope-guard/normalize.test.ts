import { describe, expect, it } from 'vitest';
import { analyze, correctTypo, editDistance, fold, isStopword, tokenize, wordKey } from '../../../shared/scope-guard';

describe('scope guard: normalisation', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Déclaration IMPÔTS œuvre')).toBe('declaration impots oeuvre');
  });

  it('splits elisions, hyphens and addresses into words', () => {
    expect(tokenize("l'imprimante du Wi-Fi sur impots.gouv.fr")).toEqual(['l', 'imprimante', 'du', 'wi', 'fi', 'sur', 'impots', 'gouv', 'fr']);
    expect(tokenize('  ')).toEqual([]);
  });

  it('uses the French stop-word list from stopwords-iso', () => {
    expect(isStopword('le')).toBe(true);
    expect(isStopword('vous')).toBe(true);
    expect(isStopword('imprimante')).toBe(false);
  });
});

describe('scope guard: stemming', () => {
  it('gives conjugations and derived words one key', () => {
    expect(wordKey('imprimer')).toBe(wordKey('imprimante'));
    expect(wordKey('imprimantes')).toBe(wordKey('imprimante'));
    expect(wordKey('installer')).toBe(wordKey('installation'));
  });

  it('keeps singular and plural together even where Snowball keeps the -s', () => {
    expect(wordKey('photos')).toBe(wordKey('photo'));
    expect(wordKey('mails')).toBe(wordKey('mail'));
    expect(wordKey('virus')).not.toBe(wordKey('viru'));
  });
});

describe('scope guard: typos', () => {
  it('measures edits, transpositions included, and stops early', () => {
    expect(editDistance('imprimante', 'imprimente', 2)).toBe(1);
    expect(editDistance('virement', 'virmeent', 2)).toBe(1);
    expect(editDistance('abc', 'xyzuvw', 1)).toBe(2);
  });

  it('corrects long words towards the vocabulary, never short ones', () => {
    expect(correctTypo('imprimente')).toBe('imprimante');
    expect(correctTypo('antivirsu')).toBe('antivirus');
    expect(correctTypo('mial')).toBeNull();
  });

  it('reads typed requests through their typos', () => {
    expect([...analyze("l'imprimente fait un bourage papier").concepts.keys()]).toContain('printer');
    expect(analyze('faire un virment').sensitive.has('bank')).toBe(true);
    expect([...analyze('telecharger whatsap').concepts.keys()]).toContain('whatsapp');
  });
});
