import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { BackupInfo } from '../../shared/records/backups';
import type { Db } from './db/types';
import { AppError } from './errors';

const NAME = /^binome-(\d{8}-\d{6}-\d{3})-(session|daily|manual)\.sqlite$/;
const DAY = 24 * 60 * 60 * 1000;

/** The time is in the name (UTC), not taken from the file: copying a folder keeps it right. */
function parseStamp(text: string): number {
  const [d, t, ms] = text.split('-') as [string, string, string];
  return Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6), +ms);
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);

/**
 * Copies of the live database made with SQLite's online backup API (consistent while the
 * app keeps writing), each read back and checked before it counts. The rolling folder
 * keeps the last N; a manual copy may go anywhere the helper points to (a USB key).
 */
export function createBackupsService(db: Db, dataDir: string, keep: () => number, now: () => number = Date.now) {
  const rollingDir = join(dataDir, 'backups');

  /** Reads a copy back; `seal` also turns WAL off so the copy is one self-contained file (for a USB key). */
  function check(path: string, seal = false): { integrity: string; schemaVersion: number } {
    const copy = new Database(path, { readonly: !seal, fileMustExist: true });
    try {
      if (seal) copy.pragma('journal_mode = DELETE');
      return { integrity: String(copy.pragma('integrity_check', { simple: true })), schemaVersion: copy.pragma('user_version', { simple: true }) as number };
    } finally {
      copy.close();
    }
  }

  function describe(path: string, createdAt: number, reason: BackupInfo['reason'], seal = false): BackupInfo {
    const checked = check(path, seal);
    return { path, createdAt, bytes: statSync(path).size, reason, ...checked };
  }

  function rolling(): { path: string; createdAt: number; reason: BackupInfo['reason'] }[] {
    let names: string[];
    try {
      names = readdirSync(rollingDir);
    } catch {
      return [];
    }
    return names
      .map((name) => ({ name, m: NAME.exec(name) }))
      .filter((x) => x.m)
      .map(({ name, m }) => ({ path: join(rollingDir, name), createdAt: parseStamp(m![1]!), reason: m![2] as BackupInfo['reason'] }))
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  async function write(folder: string, reason: BackupInfo['reason']): Promise<BackupInfo> {
    const at = now();
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `binome-${stamp(at)}-${reason}.sqlite`);
    try {
      await db.backup(path);
      const info = describe(path, at, reason, true);
      if (info.integrity !== 'ok') throw new AppError('storage', 'backups.unreadableCopy');
      return info;
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
  }

  function prune() {
    const all = rolling();
    for (const old of all.slice(0, Math.max(0, all.length - keep()))) rmSync(old.path, { force: true });
  }

  return {
    list(): BackupInfo[] {
      return rolling()
        .reverse()
        .map((b) => describe(b.path, b.createdAt, b.reason));
    },
    async create(folder: string | null, reason: BackupInfo['reason'] = folder ? 'manual' : 'daily'): Promise<BackupInfo> {
      if (folder !== null && !isAbsolute(folder)) throw new AppError('invalid_input', 'backups.folderNotAbsolute');
      const info = await write(folder ?? rollingDir, reason);
      if (folder === null) prune();
      return info;
    },
    /** A daily copy when the newest rolling one is older than a day (checked at start and hourly). */
    async dailyIfDue(): Promise<BackupInfo | null> {
      const newest = rolling().at(-1);
      if (newest && now() - newest.createdAt < DAY) return null;
      return this.create(null, 'daily');
    },
  };
}

export type BackupsService = ReturnType<typeof createBackupsService>;
