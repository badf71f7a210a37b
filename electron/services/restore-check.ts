import { statSync } from 'node:fs';
import type { MessageKey } from '../../shared/messages/message';
import type { RestoreCandidate } from '../../shared/records/recovery';
import { rollingBackups } from './backups';
import { openConnection } from './db/connection';
import type { Db } from './db/types';
import type { DataKey } from './keys/data-key';
import { LATEST_SCHEMA_VERSION } from './db/migrations/index';

/** Tables each schema version must hold: a file without them is not a Binôme database. */
const TABLES_BY_VERSION: [number, string[]][] = [
  [1, ['persons']],
  [2, ['mandates', 'mandate_journal', 'purge_gate']],
  [3, ['sessions', 'session_events', 'followups']],
];

export interface FileCheck {
  integrity: string;
  schemaVersion: number;
  /** French reason the file cannot be restored; null when it can. */
  problem: MessageKey | null;
}

/**
 * Reads a candidate backup without changing it (read-only connection): SQLite's full
 * integrity_check, a schema version this Binôme can open, and the tables it must hold.
 */
export function checkBackupFile(path: string, key: DataKey | null): FileCheck {
  try {
    if (!statSync(path).isFile()) return { integrity: '', schemaVersion: 0, problem: 'restore.notAFile' };
  } catch {
    return { integrity: '', schemaVersion: 0, problem: 'restore.fileNotFound' };
  }
  let db: Db | null = null;
  try {
    db = openConnection(path, key, { readonly: true, fileMustExist: true });
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (integrity !== 'ok') return { integrity, schemaVersion, problem: 'restore.damaged' };
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      return { integrity, schemaVersion, problem: 'restore.tooNew' };
    }
    if (schemaVersion < 1) return { integrity, schemaVersion, problem: 'restore.notBinome' };
    const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]));
    const missing = TABLES_BY_VERSION.filter(([v]) => v <= schemaVersion).flatMap(([, tables]) => tables.filter((t) => !present.has(t)));
    if (missing.length > 0) return { integrity, schemaVersion, problem: 'restore.incomplete' };
    return { integrity, schemaVersion, problem: null };
  } catch {
    // Not a database at all, encrypted, truncated, unreadable: all the same to the helper.
    return { integrity: '', schemaVersion: 0, problem: 'restore.unreadable' };
  } finally {
    db?.close();
  }
}

/** The rolling backups, each checked now with the folder's key: usable ones first, newest first. */
export function restoreCandidates(dataDir: string, key: DataKey | null): RestoreCandidate[] {
  return rollingBackups(dataDir)
    .reverse()
    .map((b) => {
      const check = checkBackupFile(b.path, key);
      let bytes = 0;
      try {
        bytes = statSync(b.path).size;
      } catch {
        // Listed but gone: the check already says so.
      }
      return { ...b, bytes, integrity: check.integrity, schemaVersion: check.schemaVersion, usable: check.problem === null, problem: check.problem };
    })
    .sort((a, b) => Number(b.usable) - Number(a.usable) || b.createdAt - a.createdAt);
}

