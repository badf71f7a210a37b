import { contract, methodNames } from '../../shared/ipc/contract';
import { mulberry32 } from '../../scripts/large-db/random';

/** Small deterministic PRNG (the generator's) so a failing fuzz case can be replayed. */
export const prng = mulberry32;

const JUNK: unknown[] = [
  null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, '', ' ', 'x'.repeat(10_000), '<script>alert(1)</script>',
  "'; DROP TABLE persons; --", '\u0000', [], [1, 2], {}, { nested: { deep: [null] } }, 'not-a-uuid', '2026-13-45', NaN,
];

const writeMethods = ['createPerson', 'updatePerson', 'updateSettings'] as const;

/**
 * Payloads that are each invalid for the call they are sent to: junk top-level values,
 * valid-looking objects with one field broken, unknown keys, prototype tricks. Anything
 * the contract would accept is dropped, so every case must be refused.
 */
export function malformedPayloads(count: number, seed = 42): { name: string; input: unknown }[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const templates: Record<string, Record<string, unknown>> = {
    createPerson: { name: 'Jeanne', phone: '06', notes: '' },
    updatePerson: { id: '0190a0a0-0000-7000-8000-000000000001', name: 'Jeanne', phone: '', notes: '' },
    updateSettings: { language: 'fr', textScale: 125 },
    listPersons: { query: 'a' },
    getPerson: { id: '0190a0a0-0000-7000-8000-000000000001' },
  };
  const out: { name: string; input: unknown }[] = [];
  let guard = 0;
  while (out.length < count && guard++ < count * 20) {
    const kind = rnd();
    let name: string = rnd() < 0.7 ? pick(writeMethods) : pick(methodNames);
    let input: unknown;
    if (kind < 0.15) input = pick(JUNK);
    else if (kind < 0.25) {
      name = pick(['', 'constructor', '__proto__', 'toString', 'dropDatabase', 'createPerson ', 'CREATEPERSON', 'persons.create']);
      input = templates.createPerson;
    } else if (kind < 0.35) input = { ...(templates[name] ?? {}), ['extra' + Math.floor(rnd() * 100)]: pick(JUNK) };
    else if (kind < 0.45) input = JSON.parse('{"__proto__": {"polluted": true}, "name": 5}');
    else {
      const base = { ...(templates[name] ?? { x: 1 }) };
      const keys = Object.keys(base);
      const key = keys.length ? pick(keys) : 'x';
      base[key] = pick(JUNK);
      if (rnd() < 0.3) delete base[pick(keys.length ? keys : ['x'])];
      input = base;
    }
    const spec = (contract as Record<string, { input: { safeParse(v: unknown): { success: boolean } } }>)[name];
    if (spec && Object.prototype.hasOwnProperty.call(contract, name) && spec.input.safeParse(input).success) continue;
    out.push({ name, input });
  }
  return out;
}
