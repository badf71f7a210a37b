import { realpathSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { checkLocalPath, pathFlavourOf, type PathFlavour } from '../../shared/paths/local-path';
import type { PathChoice } from '../../shared/paths/path-choice';
import type { Caller, PathDialog } from './caller';
import { AppError } from './errors';

export const hostFlavour = (): PathFlavour => pathFlavourOf(process.platform);

type RealPath = (path: string) => string;

/**
 * A typed path, accepted only when it is local (shared/paths/local-path.ts) and its nearest
 * existing folder does not lead through a link, a junction or a mapped drive to a network share
 * (the system resolves it: `\\server\share` comes back). Throws the keyed refusal; touches nothing.
 */
export function localPathOrThrow(raw: string, flavour: PathFlavour, realpath: RealPath = realpathSync.native): string {
  const checked = checkLocalPath(raw, flavour);
  if (!checked.ok) throw new AppError('invalid_input', checked.key);
  const real = realOfNearestExisting(checked.path, flavour === 'windows' ? win32.dirname : posix.dirname, realpath);
  if (real !== null && /^[\\/]{2}/.test(real)) throw new AppError('invalid_input', 'paths.linkToNetwork');
  return checked.path;
}

function realOfNearestExisting(path: string, dirname: (path: string) => string, realpath: RealPath): string | null {
  for (let current = path; ; current = dirname(current)) {
    try {
      return realpath(current);
    } catch {
      // Not there yet (a folder the backup will create): its parent decides.
    }
    if (dirname(current) === current) return null;
  }
}

/**
 * Where to write or read, from the call's choice. The desktop app always asks its own dialog —
 * a path the page sent is never read, so a page cannot pick the place — and null means the helper
 * closed it. Without a dialog (browser mode) the path must be typed and local.
 */
async function choose(choice: PathChoice, caller: Caller, ask: (dialog: PathDialog) => Promise<string | null>, flavour: PathFlavour): Promise<string | null> {
  if (caller.dialog) return ask(caller.dialog);
  if ('pick' in choice) throw new AppError('invalid_input', 'paths.noDialog');
  return localPathOrThrow(choice.path, flavour);
}

export const chooseFolder = (choice: PathChoice, caller: Caller, purpose: 'backup' | 'export', flavour: PathFlavour = hostFlavour()) =>
  choose(choice, caller, (dialog) => dialog.pickFolder(purpose), flavour);

export const chooseBackupFile = (choice: PathChoice, caller: Caller, flavour: PathFlavour = hostFlavour()) =>
  choose(choice, caller, (dialog) => dialog.pickBackupFile(), flavour);
