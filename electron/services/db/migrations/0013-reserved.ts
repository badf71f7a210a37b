import type { Migration } from '../types';

/**
 * Number 13 is taken by another branch (person equipment), merged separately: this empty step
 * only keeps the list numbered 1..n so that helpers (0014) can carry its final number. It
 * changes nothing and must be replaced by that branch's 0013 when the two meet (migrate()
 * refuses two version-13 steps, so keeping both fails loudly).
 */
export const m0013Reserved: Migration = {
  version: 13,
  name: 'reserved',
  up() {},
};
