import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPhraseFile } from '../../../electron/web/key-file-option';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('--key-file', () => {
  it('reads the phrase from a file private to this account, and refuses one others may read, a link or a missing file, in French', () => {
    const dir = tempDir();
    const file = join(dir, 'phrase.txt');
    writeFileSync(file, 'abaisser amusant dauphin gélule marbre pleurer soupape viaduc\n');
    chmodSync(file, 0o600);
    expect(readPhraseFile(file, 'linux')).toEqual({ phrase: 'abaisser amusant dauphin gélule marbre pleurer soupape viaduc' });
    chmodSync(file, 0o640);
    expect(readPhraseFile(file, 'linux')).toEqual({ error: expect.stringContaining('est lisible par d\'autres comptes : réservez-le au vôtre (chmod 600') });
    // Windows has no POSIX modes: the profile folder's permissions apply.
    expect(readPhraseFile(file, 'win32')).toMatchObject({ phrase: expect.any(String) });
    const link = join(dir, 'link.txt');
    symlinkSync(file, link);
    expect(readPhraseFile(link, 'linux')).toEqual({ error: expect.stringContaining('est un lien') });
    expect(readPhraseFile(join(dir, 'none.txt'), 'linux')).toEqual({ error: expect.stringContaining('introuvable') });
  });
});
