import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Our own sub-folders of the data folder, tightened with everything in them. */
export const OWN_SUBFOLDERS = ['backups', 'replaced', 'damaged'] as const;

const posix = (platform: NodeJS.Platform) => platform !== 'win32';

/**
 * From here on, everything this process creates is readable by its own account only: the
 * database and SQLite's WAL/SHM (SQLite creates them with 0644 minus the umask), settings,
 * backups and their sidecars, copies kept before a restore, exports, the lock. One umask
 * covers every writer, ours and the libraries', rather than a mode at each call site.
 * Binôme writes nothing meant for another account. No effect on Windows (no POSIX modes;
 * the profile folder's ACL already keeps other users out).
 */
export function restrictNewFiles(platform: NodeJS.Platform = process.platform): void {
  if (posix(platform)) process.umask(0o077);
}

/**
 * Tightens what an older version (or another umask) left: the data folder 0700, its files
 * 0600, and the same inside our sub-folders. Electron keeps Chromium's own folders in the same
 * place: those are left as Chromium made them (the folder's 0700 already shuts others out).
 * Symbolic links are skipped, never followed. Returns the paths it could not change.
 */
export function tightenDataFolder(dir: string, platform: NodeJS.Platform = process.platform): string[] {
  if (!posix(platform)) return [];
  const failed: string[] = [];
  const set = (path: string, mode: number) => {
    try {
      chmodSync(path, mode);
    } catch {
      failed.push(path);
    }
  };
  const tightenFilesIn = (folder: string, subfolders: readonly string[]) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      failed.push(folder);
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isFile()) {
        if ((stat.mode & 0o777) !== PRIVATE_FILE_MODE) set(path, PRIVATE_FILE_MODE);
      } else if (stat.isDirectory() && subfolders.includes(name)) {
        if ((stat.mode & 0o777) !== PRIVATE_DIR_MODE) set(path, PRIVATE_DIR_MODE);
        tightenFilesIn(path, []);
      }
    }
  };
  set(dir, PRIVATE_DIR_MODE);
  tightenFilesIn(dir, OWN_SUBFOLDERS);
  return failed;
}
