import * as snowball from 'snowball-stemmers';
import stopwordsIso from 'stopwords-iso';
import { fold } from './normalize';

/**
 * French stemming and stop words, from the packages (not hand-written lists), applied to folded
 * words so that "impôts" and "impots" share one key.
 */

// The package is a UMD bundle that flags itself __esModule without a default export: depending on the
// bundler the factory lands on the namespace itself or on its `default`, so accept both.
type StemmerFactory = { newStemmer(language: string): { stem(word: string): string } };
const namespace = snowball as unknown as StemmerFactory & { default?: StemmerFactory };
const factory: StemmerFactory = typeof namespace.newStemmer === 'function' ? namespace : (namespace.default as StemmerFactory);
const frenchStemmer = factory.newStemmer('french');

const stopwordList: string[] = stopwordsIso.fr ?? [];
const STOPWORDS: ReadonlySet<string> = new Set(stopwordList.flatMap((word) => fold(word).split(/[^a-z0-9]+/)).filter(Boolean));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * The comparison key of a folded word: its Snowball stem after a plural -s/-x is dropped. The
 * French stemmer keeps the -s of some words ("photos" stays "photos") while it strips it from others, so
 * dropping it first keeps singular and plural together. Applied identically to both sides.
 */
const keys = new Map<string, string>();

export function wordKey(word: string): string {
  const cached = keys.get(word);
  if (cached !== undefined) return cached;
  if (keys.size > 20000) keys.clear();
  const key = computeKey(word);
  keys.set(word, key);
  return key;
}

// Words in -us that are not plurals (« virus », « bus »); other -us words are (« revenus », « reçus »).
const SINGULAR_US = new Set(['virus', 'bus', 'autobus', 'minibus', 'campus', 'terminus', 'plus', 'tous', 'dessus', 'dessous', 'refus', 'abus', 'jus', 'bonus', 'malus', 'focus', 'consensus', 'processus', 'sinus', 'cactus', 'blocus', 'airbus', 'corpus', 'humus', 'lotus', 'tonus', 'rebus', 'papyrus', 'hiatus', 'virus', 'anus', 'opus', 'detritus']);

function computeKey(word: string): string {
  let base = word;
  const plural = /[sx]$/.test(base) && !/(ss|is)$/.test(base) && !(base.endsWith('us') && SINGULAR_US.has(base));
  if (base.length > 3 && plural) base = base.slice(0, -1);
  return frenchStemmer.stem(base);
}
