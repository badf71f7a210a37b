import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { msg, type Message } from '../../shared/messages/message';
import { rollingBackups } from './backups';
import { openConnection } from './db/connection';
import { DB_FILE_NAME } from './db/open';
import type { Db } from './db/types';
import type { DataKey } from './keys/data-key';

export interface Damage {
  /** What happened, for the recovery screen (keyed, shared/messages/fr/records.ts). */
  reason: Message;
  /** The live file, or null when it is missing. */
  damagedPath: string | null;
}

export const DAMAGED = msg('recovery.damaged');
const UNREADABLE = msg('recovery.unreadable');
const MISSING = msg('recovery.missing');
const EMPTY = msg('recovery.empty');

/** SQLite and file-system errors that mean the file cannot be used as it is (not a busy lock, not a newer schema). */
export function damageReason(error: unknown): Message | null {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (/^SQLITE_(NOTADB|CORRUPT|FORMAT)/.test(code)) return DAMAGED;
  if (/^SQLITE_(IOERR|CANTOPEN)/.test(code) || code === 'EIO') return UNREADABLE;
  return null;
}

/**
 * A cheap look at the live database before the services open it: sqlite_master and
 * user_version through a short-lived connection with the data key (the file is encrypted: no
 * header to read in clear; a page that does not decrypt is SQLITE_NOTADB). No full check here
 * (startup must stay fast on a large database); deeper damage is caught when opening.
 */
export function probeLiveDatabase(dataDir: string, key: DataKey): Damage | null {
  const live = join(dataDir, DB_FILE_NAME);
  const hasBackups = () => rollingBackups(dataDir).length > 0;
  if (!existsSync(live)) return hasBackups() ? { reason: MISSING, damagedPath: null } : null;
  let db: Db | null = null;
  try {
    // An empty file is what SQLite creates before the first write: fine on a first start only.
    if (statSync(live).size === 0) return hasBackups() ? { reason: EMPTY, damagedPath: live } : null;
    db = openConnection(live, key, { fileMustExist: true });
    db.pragma('user_version', { simple: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return null;
  } catch (error) {
    const reason = damageReason(error);
    if (reason) return { reason, damagedPath: live };
    throw error;
  } finally {
    db?.close();
  }
}
