import { readPhraseFile } from '../services/keys/phrase-file';

export const KEY_FILE_FLAG = '--key-file';

/**
 * `--key-file=FILE` (or `--key-file FILE`): the recovery phrase read from a file, as browser mode
 * takes it — for the desktop e2e suite and CI, which cannot type it. Without the flag (every
 * everyday start) the phrase is null: Windows opens the key, or the app asks. Only this flag is
 * read: Chromium and Playwright add switches of their own to the same command line.
 */
export function chooseLaunchPhrase(argv: readonly string[], read: typeof readPhraseFile = readPhraseFile): { phrase: string | null } | { error: string } {
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === KEY_FILE_FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return { error: `${KEY_FILE_FLAG} attend un fichier contenant la phrase de récupération.` };
      file = next;
      i++;
    } else if (arg.startsWith(`${KEY_FILE_FLAG}=`)) {
      file = arg.slice(KEY_FILE_FLAG.length + 1);
    }
  }
  if (file === null) return { phrase: null };
  if (file.trim() === '') return { error: `${KEY_FILE_FLAG} attend un fichier contenant la phrase de récupération.` };
  return read(file);
}
