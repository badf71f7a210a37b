import type { SnippetSegment } from './calls';

/**
 * From what the helper types to an FTS5 MATCH expression, and the words found marked in
 * plain segments (never HTML). The query syntax (quotes, NEAR, *, -, AND/OR/NOT, column filters) is
 * never exposed: every word becomes a quoted string, so no input can make MATCH throw.
 */

/** Beyond this many words the search is no more precise, only slower. */
const MAX_WORDS = 16;

/** What unicode61 keeps as word characters: letters, digits, and the accents it then folds. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words of `text`, each a quoted FTS5 string (implicit AND); the last one matches as a
 * prefix while the helper is still typing it (no trailing space). Null when nothing is left
 * to search for, e.g. only punctuation.
 */
export function ftsQuery(text: string): string | null {
  const normalized = text.normalize('NFC');
  const words = normalized.match(WORD)?.slice(0, MAX_WORDS) ?? [];
  if (words.length === 0) return null;
  const stillTyping = !/[\s\p{P}\p{S}]$/u.test(normalized);
  // Words hold only letters, digits and marks, so they never contain a double quote.
  return words.map((w, i) => (i === words.length - 1 && stillTyping ? `"${w}"*` : `"${w}"`)).join(' ');
}

/** Lower-case without accents, as the unicode61 tokenizer with remove_diacritics compares words. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words searched for, folded; the last one is a prefix while still being typed (as in `ftsQuery`). */
export function searchTerms(text: string): { words: string[]; lastIsPrefix: boolean } {
  const normalized = text.normalize('NFC');
  const words = (normalized.match(WORD)?.slice(0, MAX_WORDS) ?? []).map(fold);
  return { words, lastIsPrefix: words.length > 0 && !/[\s\p{P}\p{S}]$/u.test(normalized) };
}

/** Words of the snippet shown before the first match, and in all. */
const BEFORE = 5;
const LENGTH = 18;

/**
 * The words found, marked in a short excerpt of `body`, or null when `body` lacks one of
 * them (FTS5 matched another text of the session). Done here rather than with FTS5's
 * snippet(), which must walk the whole hit list of a common word for each session shown.
 */
export function highlight(body: string, terms: { words: string[]; lastIsPrefix: boolean }): SnippetSegment[] | null {
  const text = body.normalize('NFC');
  const tokens = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
  const matches = (folded: string, i: number) =>
    i === terms.words.length - 1 && terms.lastIsPrefix ? folded.startsWith(terms.words[i]!) : folded === terms.words[i];
  const isMatch = tokens.map((t) => terms.words.some((_, i) => matches(t.folded, i)));
  if (!terms.words.every((_, i) => tokens.some((t) => matches(t.folded, i)))) return null;
  const first = isMatch.indexOf(true);
  const from = Math.max(0, first - BEFORE);
  const to = Math.min(tokens.length, from + LENGTH);
  const segments: SnippetSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  if (from > 0) push('…', false);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (i > from) push(text.slice(tokens[i - 1]!.end, t.start), false);
    push(text.slice(t.start, t.end), isMatch[i]!);
  }
  if (to < tokens.length) push(' …', false);
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }));
}
