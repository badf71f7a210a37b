/**
 * Text normalisation for the scope guard. Helpers type fast: accents are often missing, case is
 * random, apostrophes and hyphens vary. Folding both the request and the mandate the same way
 * makes those differences vanish before any comparison.
 */

/** Lower-case, accents and ligatures removed. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/**
 * Folded words. Anything that is not a letter or digit separates words, so that elisions
 * ("l'imprimante"), hyphens ("wi-fi", "haut-parleur") and addresses ("impots.gouv.fr") split
 * into their parts; the thesaurus is written against those parts.
 */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}
