import { wordlist } from '@scure/bip39/wordlists/french.js';
import { randomInt } from 'node:crypto';

/**
 * The association's recovery phrase: words drawn uniformly at random from the French list of
 * BIP-39 (2,048 words, kept by the audited @scure/bip39; the list was made so that no two words
 * are alike once accents are dropped, and the first four letters name a word). Each word carries
 * log2(2048) = 11 bits: 8 words carry 88 bits, beyond the reach of guessing even without the slow
 * scrypt in front of it. No BIP-39 checksum: a mistyped word is caught by the list, a wrong phrase
 * by the AEAD tag.
 */
export const PHRASE_WORDS = 8;
export const PHRASE_BITS = PHRASE_WORDS * Math.log2(2048);

/** Accents, capitals and the list's decomposed letters do not matter to the helper who types them. */
const fold = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Words as shown (composed accents), and looked up by their folded form. */
export const WORDS: readonly string[] = wordlist.map((w) => w.normalize('NFC'));
const BY_FOLDED = new Map(WORDS.map((w) => [fold(w), w]));

export function newRecoveryPhrase(): string[] {
  return Array.from({ length: PHRASE_WORDS }, () => WORDS[randomInt(WORDS.length)]!);
}

export type ParsedPhrase = { ok: true; words: string[]; text: string } | { ok: false; reason: 'count'; count: number } | { ok: false; reason: 'unknown'; positions: number[] };

/**
 * What the helper typed (or the --key-file holds) as the phrase's canonical form: words split on
 * spaces, dashes or line breaks, each matched without accents or capitals. The canonical text is
 * what the key is derived from, so « Élève » and « eleve » open the same data.
 */
export function parsePhrase(input: string): ParsedPhrase {
  const parts = input
    .normalize('NFC')
    .split(/[\s,;.·\-\u2010-\u2015]+/u)
    .map((w) => w.trim())
    .filter(Boolean)
    // A printed list may number its words: « 1. abeille 2. … ».
    .filter((w) => !/^\d+$/.test(w));
  if (parts.length !== PHRASE_WORDS) return { ok: false, reason: 'count', count: parts.length };
  const words = parts.map((w) => BY_FOLDED.get(fold(w)) ?? null);
  const positions = words.flatMap((w, i) => (w === null ? [i + 1] : []));
  if (positions.length > 0) return { ok: false, reason: 'unknown', positions };
  const canonical = words as string[];
  return { ok: true, words: canonical, text: canonical.map(fold).join(' ') };
}

/** The same word, whatever accents or capitals were typed (the set-up asks two words back). */
export const sameWord = (typed: string, word: string) => fold(typed.trim().normalize('NFC')) === fold(word);

/** The text the key is derived from, for a phrase this module drew. */
export const phraseText = (words: readonly string[]) => words.map(fold).join(' ');
