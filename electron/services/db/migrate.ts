import { AppError } from '../errors';
import type { Db, Migration } from './types';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema to the last migration in one transaction, so a crash mid-way leaves
 * the previous version intact. A database written by a newer Binôme is refused rather
 * than guessed at.
 */
export function migrate(db: Db, list: readonly Migration[], target = list.at(-1)?.version ?? 0): number {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const current = schemaVersion(db);
  if (current > (list.at(-1)?.version ?? 0)) {
    throw new AppError('db_too_new', 'storage.tooNew', { version: current });
  }
  if (target < current) throw new Error(`Cannot migrate backwards from ${current} to ${target}`);
  const pending = list.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${target}`);
  }).immediate();
  return target;
}
