/**
 * Deterministic JSON for hashing: object keys sorted, strings normalised, `undefined`
 * dropped. Two renderings of the same content (a row read back from SQLite, an object
 * built in another order, a label with a stray double space) must hash the same, while
 * any change a reader could see must not.
 */
export type CanonicalValue = string | number | boolean | null | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue | undefined };

/**
 * Unicode NFC (an "é" typed as e + accent equals the precomposed one) and runs of
 * whitespace folded to one space, trimmed. Case is kept: it is visible on paper.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function canonicalJson(value: CanonicalValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(normaliseText(value));
  if (typeof value === 'number') {
    // NaN and Infinity have no JSON form; silently writing null would hash two contents alike.
    if (!Number.isFinite(value)) throw new RangeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((v: CanonicalValue) => canonicalJson(v)).join(',')}]`;
  const record = value as { readonly [key: string]: CanonicalValue | undefined };
  // Default sort compares UTF-16 code units: stable across engines and locales.
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k] as CanonicalValue)}`).join(',')}}`;
}
