import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixSource, frenchFiles } from './french-style';

/**
 * `npm run fix:french`: puts right, in place, the mechanical part of docs/french-style.md over
 * every French text it covers (apostrophes, non-breaking spaces, guillemets, ellipses). Words —
 * a term to avoid, a point médian, a straight double quote — are left for a person: run
 * `npx vitest run test/lint/french-style.test.ts` afterwards to see what remains.
 */
const root = join(import.meta.dirname, '..');
let changed = 0;
for (const { file, role } of frenchFiles(root)) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = fixSource(file, before, role);
  if (after !== before) {
    writeFileSync(path, after);
    changed++;
    console.log(`fixed ${file}`);
  }
}
console.log(changed === 0 ? 'Nothing to fix.' : `${changed} file(s) fixed.`);
