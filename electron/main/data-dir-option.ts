import { posix, win32, type PlatformPath } from 'node:path';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'BINOME_DATA_DIR';

export type DataDirChoice = { dataDir: string | null } | { error: string };

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The desktop app's data folder when the command line (`--data-dir=DIR` or `--data-dir DIR`) or
 * BINOME_DATA_DIR names one; null means Electron's userData. Only that flag is read: Chromium and
 * Playwright add switches of their own to the same command line. The flag wins over the variable.
 * Refused (French message, nothing opened): empty, relative, network (UNC) paths, control characters.
 */
export function chooseDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, path: PlatformPath = defaultPath()): DataDirChoice {
  let raw: string | undefined = env[DATA_DIR_ENV];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return { error: `${DATA_DIR_FLAG} attend un dossier.` };
      raw = next;
      i++;
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      raw = arg.slice(DATA_DIR_FLAG.length + 1);
    }
  }
  if (raw === undefined) return { dataDir: null };
  return validateDataDir(raw, path);
}

export function validateDataDir(raw: string, path: PlatformPath = defaultPath()): DataDirChoice {
  const value = raw.trim();
  if (value === '') return { error: `${DATA_DIR_FLAG} attend un dossier.` };
  if (CONTROL.test(value)) return { error: 'Le dossier de données contient un caractère de contrôle : choisissez un autre nom.' };
  if (/^[\\/]{2}/.test(value)) return { error: `Le dossier de données doit être sur cet ordinateur, pas sur le réseau : ${value}` };
  // On Windows, `\dossier` is "absolute" for Node but depends on the current drive: a drive letter is required.
  const absolute = path.sep === '\\' ? /^[a-zA-Z]:[\\/]/.test(value) : path.isAbsolute(value);
  if (!absolute) return { error: `Le dossier de données doit être un chemin complet (C:\\… sous Windows) : ${value}` };
  return { dataDir: path.normalize(value) };
}

const defaultPath = (): PlatformPath => (process.platform === 'win32' ? win32 : posix);
