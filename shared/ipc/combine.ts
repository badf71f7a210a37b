/**
 * Merges maps keyed by call or event name. Spreading would silently let one domain's entry
 * shadow another's: a name given twice is refused at start-up instead.
 */
export function combine<T extends object[]>(...parts: T): UnionToIntersection<T[number]> {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`Duplicate IPC name: ${key}`);
      out[key] = value;
    }
  }
  return out as UnionToIntersection<T[number]>;
}

export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
