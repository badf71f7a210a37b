import { describe, expect, it } from 'vitest';
import { ftsQuery, highlight, searchTerms } from '../../../shared/history/search-text';

describe('history search text', () => {
  it('quotes every word and makes the last one a prefix only while it is being typed', () => {
    expect(ftsQuery('électricité box')).toBe('"électricité" "box"*');
    expect(ftsQuery('électricité box ')).toBe('"électricité" "box"');
    expect(ftsQuery('a "b" NEAR(c, 2) -d e*')).toBe('"a" "b" "NEAR" "c" "2" "d" "e"');
    expect(ftsQuery('  ')).toBeNull();
    expect(ftsQuery('x '.repeat(40))!.split(' ')).toHaveLength(16);
  });

  it('marks the words found, accents and capitals aside, in a short excerpt', () => {
    const body = 'Un deux trois quatre cinq six sept huit. Problème d’ÉLECTRICITÉ : la box redémarre sans cesse, il faut rappeler le fournisseur demain matin sans faute.';
    const segments = highlight(body, searchTerms('electricite bo'))!;
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['ÉLECTRICITÉ', 'box']);
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text).toContain('Problème d’ÉLECTRICITÉ : la box redémarre');
    expect(text.endsWith(' …')).toBe(true);
    expect(highlight(body, searchTerms('electricite imprimante'))).toBeNull();
    // A complete last word is not a prefix.
    expect(highlight(body, searchTerms('bo '))).toBeNull();
  });
});
