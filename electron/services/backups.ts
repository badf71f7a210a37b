import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BACKUP_FILE_NAME, type BackupInfo, type backupsCalls } from '../../shared/records/backups';
import { openConnection } from './db/connection';
import { DB_FILE_NAME } from './db/open';
import type { Db } from './db/types';
import { AppError } from './errors';
import { readWitness, Witness } from './records/witness';
import type { HandlersFor } from './handler-map';
import { removeBackupKeyFile, writeBackupKeyFile } from './keys/key-file';
import type { FolderKey } from './keys/folder-key';
import { chooseFolder } from './paths';
import { copyLiveDatabase } from './restore-files';

const DAY = 24 * 60 * 60 * 1000;

/** The time is in the name (UTC), not taken from the file: copying a folder keeps it right. */
function parseStamp(text: string): number {
  const [d, t, ms] = text.split('-') as [string, string, string];
  return Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6), +ms);
}

export const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);

/** The rolling copies in `<dataDir>/backups`, oldest first; works without an open database (recovery). */
export function rollingBackups(dataDir: string): { path: string; name: string; createdAt: number; reason: BackupInfo['reason'] }[] {
  const rollingDir = join(dataDir, 'backups');
  let names: string[];
  try {
    names = readdirSync(rollingDir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, m: BACKUP_FILE_NAME.exec(name) }))
    .filter((x) => x.m)
    .map(({ name, m }) => ({ path: join(rollingDir, name), name, createdAt: parseStamp(m![1]!), reason: m![2] as BackupInfo['reason'] }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export interface RollingHooks {
  before(backup: { name: string; createdAt: number }): void;
  failed(): void;
  done(backup: { name: string; createdAt: number }, heads: Witness['heads']): void;
}

type Checked = { integrity: string; schemaVersion: number; witness?: Witness | null };

/**
 * The check made when a copy was written, kept beside it so listing the copies does not
 * re-read every one of them (integrity_check reads the whole file).
 */
const sidecarOf = (path: string) => `${path}.check.json`;

/** The check kept beside a copy, with the chains' heads at the time (records/backup-heads.ts), if any. */
export function readSidecar(path: string): (Checked & { witness?: unknown }) | null {
  try {
    const value = JSON.parse(readFileSync(sidecarOf(path), 'utf8')) as Partial<Checked>;
    if (typeof value.integrity === 'string' && Number.isInteger(value.schemaVersion)) return { integrity: value.integrity, schemaVersion: value.schemaVersion!, witness: value.witness };
  } catch {
    // Missing or unreadable: the copy is checked again.
  }
  return null;
}

function writeSidecar(path: string, checked: Checked) {
  try {
    writeFileSync(sidecarOf(path), JSON.stringify(checked));
  } catch {
    // Only a cache: without it the next listing re-checks the copy.
  }
}

/**
 * Copies of the live database, encrypted like it, each read back and checked before it counts.
 * The rolling folder keeps the last N; a manual copy may go anywhere the helper points to (a USB
 * key). Beside each copy, `<copy>.key.json` holds the data key wrapped by the recovery phrase
 * (never the operating system's wrap): with the phrase, the copy opens on any computer.
 *
 * How a copy is made: SQLite's online backup API cannot write an encrypted destination
 * (better-sqlite3 opens it without a key; SQLite3 Multiple Ciphers then refuses "incompatible
 * source and target"), so the WAL is checkpointed into the file (TRUNCATE) and the file's
 * encrypted bytes are copied. Consistent: this process holds the only connection to the live
 * file (the data-folder lock), its writes are synchronous, and nothing runs between the checkpoint
 * and the copy. Page for page, like the backup API: rowids and free pages are kept as they are.
 */
export function createBackupsService(
  db: Db,
  dataDir: string,
  folderKey: FolderKey,
  keep: () => number,
  now: () => number = Date.now,
  /**
   * A rolling copy: `before` is called just before the copy (the database records the copy in
   * itself), `failed` if it was not kept, `done` once it was checked, with the heads it holds.
   */
  rollingHooks: RollingHooks = { before() {}, failed() {}, done() {} },
) {
  const rollingDir = join(dataDir, 'backups');
  const live = join(dataDir, DB_FILE_NAME);

  /** Reads a copy back; `seal` also turns WAL off so the copy is one self-contained file (for a USB key). */
  function check(path: string, seal = false): Checked {
    const copy = openConnection(path, folderKey.key, { readonly: !seal, fileMustExist: true });
    try {
      if (seal) copy.pragma('journal_mode = DELETE');
      const integrity = String(copy.pragma('integrity_check', { simple: true }));
      // The chains' heads as the copy holds them: what start-up compares the live chains with.
      return { integrity, schemaVersion: copy.pragma('user_version', { simple: true }) as number, witness: integrity === 'ok' ? readWitness(copy) : null };
    } finally {
      copy.close();
    }
  }

  /** `cached` lets list() trust the check stored when the copy was written. */
  function describe(path: string, createdAt: number, reason: BackupInfo['reason'], options: { seal?: boolean; cached?: boolean; remember?: boolean } = {}): BackupInfo {
    let checked = options.cached ? readSidecar(path) : null;
    if (!checked) {
      checked = check(path, options.seal);
      if (options.remember !== false) writeSidecar(path, checked);
    }
    return { path, name: basename(path), createdAt, bytes: statSync(path).size, reason, integrity: checked.integrity, schemaVersion: checked.schemaVersion };
  }

  const rolling = () => rollingBackups(dataDir);

  async function write(folder: string, reason: BackupInfo['reason']): Promise<BackupInfo> {
    const at = now();
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `binome-${stamp(at)}-${reason}.sqlite`);
    let info: BackupInfo;
    const rolling = folder === rollingDir;
    const named = { name: basename(path), createdAt: at };
    if (rolling) rollingHooks.before(named);
    try {
      copyLiveDatabase(db, live, path);
      writeBackupKeyFile(path, folderKey.file());
      // No sidecar on a USB key: only the rolling folder is listed.
      info = describe(path, at, reason, { seal: true, remember: folder === rollingDir });
      if (info.integrity !== 'ok') throw new AppError('storage', 'backups.unreadableCopy');
    } catch (error) {
      rmSync(path, { force: true });
      rmSync(sidecarOf(path), { force: true });
      removeBackupKeyFile(path);
      if (rolling) rollingHooks.failed();
      throw error;
    }
    // The copy is good and stays, whatever happens to its witness (a full disk is said by the caller's error).
    const witness = rolling ? Witness.safeParse(readSidecar(path)?.witness) : null;
    if (witness?.success) rollingHooks.done(named, witness.data.heads);
    return info;
  }


  function prune() {
    const all = rolling();
    for (const old of all.slice(0, Math.max(0, all.length - keep()))) {
      rmSync(old.path, { force: true });
      rmSync(sidecarOf(old.path), { force: true });
      removeBackupKeyFile(old.path);
    }
  }

  /** `folder`: a place already chosen by the helper (electron/services/paths.ts); null for the rolling folder. */
  async function create(folder: string | null, reason: BackupInfo['reason'] = folder ? 'manual' : 'daily'): Promise<BackupInfo> {
    const info = await write(folder ?? rollingDir, reason);
    if (folder === null) prune();
    return info;
  }

  const handlers: HandlersFor<typeof backupsCalls> = {
    listBackups: () =>
      rolling()
        .reverse()
        .map((b) => describe(b.path, b.createdAt, b.reason, { cached: true })),
    async createBackup({ folder }, caller) {
      if (folder === null) return create(null, 'manual');
      // Chosen (or refused) before anything is written: a closed dialog or a refused path leaves no trace.
      const chosen = await chooseFolder(folder, caller, 'backup');
      return chosen === null ? null : create(chosen, 'manual');
    },
  };

  return {
    handlers,
    create,
    /** A daily copy when the newest rolling one is older than a day (checked at start and hourly). */
    async dailyIfDue(): Promise<BackupInfo | null> {
      const newest = rolling().at(-1);
      if (newest && now() - newest.createdAt < DAY) return null;
      return create(null, 'daily');
    },
  };
}

export type BackupsService = ReturnType<typeof createBackupsService>;
