import { basename } from 'node:path';
import type { ReadableDB, WritableDB } from '../db/types';

/**
 * restore_log (migration 0012), and the only code that writes it: each restore Binôme made
 * into this database, written when the restored copy is first opened. The backups made
 * before it belong to the data the restore replaced, so the comparison with the backups'
 * heads (records/backup-heads.ts) starts after it. Only the file's name is kept.
 */
export function createRestoreLog(db: WritableDB) {
  const insert = db.prepare('INSERT INTO restore_log (at, source) VALUES (?, ?)');
  return {
    add: (at: number, source: string) => void insert.run(at, basename(source)),
  };
}

/** When the last restore was made, or null. */
export function lastRestore(db: ReadableDB): number | null {
  return (db.prepare<[], number | null>('SELECT max(at) FROM restore_log').pluck().get() as number | null) ?? null;
}
