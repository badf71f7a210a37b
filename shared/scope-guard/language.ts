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

function computeKey(word: string): string {
  let base = word;
  if (base.length > 3 && /[sx]$/.test(base) && !/(ss|us|is)$/.test(base)) base = base.slice(0, -1);
  return frenchStemmer.stem(base);
}
