import type { SnippetSegment } from './calls';

/**
 * From what the helper types to an FTS5 MATCH expression, and from FTS5's marked snippet
 * to plain segments. The query syntax (quotes, NEAR, *, -, AND/OR/NOT, column filters) is
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

/** Private-use characters: they cannot come from the keyboard, unlike any printable marker. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** Splits FTS5's snippet() output into segments, marking the matched words. */
export function snippetSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  for (const part of marked.split(/([\uE000\uE001])/u)) {
    if (part === MATCH_START) match = true;
    else if (part === MATCH_END) match = false;
    else if (part) segments.push({ text: part.replace(/\s+/g, ' '), match });
  }
  return segments;
}
