import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../../shared/mandate');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

/**
 * The domain logic must run anywhere and be testable at any date: no platform, no clock.
 * DOM and Node globals are already refused by `tsc -p shared/tsconfig.json` (no DOM lib, no
 * Node types); imports and clock reads type-check fine, hence this test.
 */
describe('shared/mandate stays pure', () => {
  it.each(files)('%s imports no platform module and never reads the clock', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(/^(\.{1,2}\/|zod$|date-fns$|@noble\/hashes\/)/);
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|Math\.random/);
  });
});
