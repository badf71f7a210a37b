import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

const MAX_BYTES = 1024;

/**
 * `--key-file FILE`: the recovery phrase read from a file, for tests and CI, which cannot type
 * it. The file is a secret like the phrase itself: it must be a regular file (not a link that
 * could be swapped) readable by this account only (POSIX: no permission for the group or
 * others; on Windows the profile folder's permissions apply). Returns the text, or a French
 * reason it was refused.
 */
export function readPhraseFile(path: string, platform: NodeJS.Platform = process.platform): { phrase: string } | { error: string } {
  let fd: number;
  try {
    if (lstatSync(path).isSymbolicLink()) return { error: `Le fichier de phrase ${path} est un lien : indiquez le fichier lui-même.` };
    fd = openSync(path, 'r');
  } catch {
    return { error: `Le fichier de phrase ${path} est introuvable ou illisible.` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: `${path} n'est pas un fichier.` };
    if (platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      return { error: `Le fichier de phrase ${path} est lisible par d'autres comptes : réservez-le au vôtre (chmod 600 ${path}), puis relancez.` };
    }
    if (stat.size > MAX_BYTES) return { error: `Le fichier de phrase ${path} est trop long pour contenir une phrase de récupération.` };
    const buffer = Buffer.alloc(stat.size);
    readSync(fd, buffer, 0, stat.size, 0);
    return { phrase: buffer.toString('utf8').trim() };
  } finally {
    closeSync(fd);
  }
}
