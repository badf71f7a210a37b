/** Deterministic randomness and ids for the large-database generator: same seed, same database. */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = ReturnType<typeof mulberry32>;

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
export const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** A UUIDv7 like the app's (time-ordered), its random bits drawn from the seeded generator. */
export function uuid7(rng: Rng, ms: number): string {
  const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
  const time = hex(ms, 12);
  const rand = (digits: number) => Array.from({ length: digits }, () => hex(rng() * 16, 1)).join('');
  const variant = hex(8 + Math.floor(rng() * 4), 1);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand(3)}-${variant}${rand(3)}-${rand(12)}`;
}
