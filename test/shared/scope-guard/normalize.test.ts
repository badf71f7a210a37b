import { describe, expect, it } from 'vitest';
import { analyze, editDistance, fold, isStopword, reader, tokenize, wordKey } from '../../../shared/scope-guard';
import { correctTypo, tokens } from '../../../shared/scope-guard/text';

const language = reader().lexicon.language;
const words = (text: string) => tokens(text, language).map((t) => t.word);

describe('scope guard: normalisation', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Déclaration IMPÔTS œuvre')).toBe('declaration impots oeuvre');
  });

  it('splits elisions, hyphens and addresses into words', () => {
    expect(tokenize("l'imprimante du Wi-Fi sur impots.gouv.fr")).toEqual(['l', 'imprimante', 'du', 'wi', 'fi', 'sur', 'impots', 'gouv', 'fr']);
    expect(tokenize('  ')).toEqual([]);
  });

  it('uses the French stop-word list from stopwords-iso, keeping the words that mean something here', () => {
    expect(isStopword('le')).toBe(true);
    expect(isStopword('imprimante')).toBe(false);
    expect(words('le mot de passe')).toEqual(['mot', 'passe']);
  });

  it('joins and expands what helpers type', () => {
    expect(words('un rdv')).toEqual(['rendezvous']);
    expect(words('prendre rendez vous')).toEqual(['prendre', 'rendezvous']);
    expect(words('mdp')).toEqual(['mot', 'passe']);
    expect(words('la pré-demande')).toEqual(['predemande']);
  });

  it('keeps where each word was typed, for the evidence', () => {
    const [rdv] = tokens('Un RDV demain', language);
    expect(rdv).toMatchObject({ word: 'rendezvous', start: 3, end: 6, indefinite: true });
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

  it('settles stems shared by different words by their spelling', () => {
    const refs = (text: string) => analyze(text, reader()).refs.flat();
    expect(refs('imprimante')).toContainEqual({ type: 'thing', id: 'printer' });
    expect(refs('imprimante')).not.toContainEqual({ type: 'action', id: 'print' });
    expect(refs('imprimer')).toContainEqual({ type: 'action', id: 'print' });
  });

  it('reads a conjugated form the stemmer leaves whole', () => {
    expect(tokens('les fenetres s ouvrent', language).map((t) => t.key)).toContain(wordKey('ouvrent'));
    expect(tokens('il marchaient', language).at(-1)!.key).toBe(wordKey('marcher'));
  });
});

describe('scope guard: typos', () => {
  it('measures edits, transpositions included, and stops early', () => {
    expect(editDistance('imprimante', 'imprimente', 2)).toBe(1);
    expect(editDistance('virement', 'virmeent', 2)).toBe(1);
    expect(editDistance('abc', 'xyzuvw', 1)).toBe(2);
  });

  it('corrects long words towards the vocabulary, never short ones', () => {
    expect(correctTypo('imprimente', language)).toBe('imprimante');
    expect(correctTypo('antivirsu', language)).toBe('antivirus');
    expect(correctTypo('mial', language)).toBeNull();
  });

  it('reads typed requests through their typos and glued elisions', () => {
    expect(analyze("l'imprimente fait un bourage papier", reader()).things).toContain('printer');
    expect(analyze('faire un virment', reader()).sensitive.has('bank')).toBe(true);
    expect(analyze('telecharger whatsap', reader()).things).toContain('whatsapp');
    expect(words('dimpots')).toEqual(['impots']);
  });
});
