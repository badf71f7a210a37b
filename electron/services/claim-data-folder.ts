import { mkdirSync } from 'node:fs';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock';
import { PRIVATE_DIR_MODE, restrictNewFiles, tightenDataFolder } from './private-files';

/**
 * What both entry points (Electron's main, browser mode's CLI) do first, before the settings or
 * the database are opened: private files from now on, the folder, then the lock. Only the
 * process that got the lock tightens what is already there, so a second start that is refused
 * has changed nothing. Throws AppError `dataFolder.alreadyOpen` when another process holds it.
 */
export function claimDataFolder(dir: string, warn: (message: string) => void = (m) => console.error(m)): DataFolderLock {
  restrictNewFiles();
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const lock = lockDataFolder(dir);
  const failed = tightenDataFolder(dir);
  if (failed.length > 0) warn(`Binôme n'a pas pu réserver à votre seul compte ces fichiers du dossier de données : ${failed.join(', ')}`);
  return lock;
}
