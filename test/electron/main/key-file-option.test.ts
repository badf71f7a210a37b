import { describe, expect, it } from 'vitest';
import { chooseLaunchPhrase } from '../../../electron/main/key-file-option';

describe('the desktop app’s --key-file', () => {
  const read = (path: string) => (path === '/secret/phrase.txt' ? { phrase: 'huit mots' } : { error: `refusé : ${path}` });

  it('is absent on an everyday start, and Chromium’s own switches are not read as it', () => {
    expect(chooseLaunchPhrase(['electron', '.', '--data-dir=/d', '--no-sandbox', '--remote-debugging-port=0'], read)).toEqual({ phrase: null });
  });

  it('reads the phrase from the named file, in either form', () => {
    expect(chooseLaunchPhrase(['electron', '--key-file=/secret/phrase.txt'], read)).toEqual({ phrase: 'huit mots' });
    expect(chooseLaunchPhrase(['electron', '--key-file', '/secret/phrase.txt'], read)).toEqual({ phrase: 'huit mots' });
  });

  it('refuses a missing value and passes on the file check’s French refusal', () => {
    expect(chooseLaunchPhrase(['electron', '--key-file'], read)).toEqual({ error: expect.stringContaining('attend un fichier') });
    expect(chooseLaunchPhrase(['electron', '--key-file', '--data-dir=/d'], read)).toEqual({ error: expect.stringContaining('attend un fichier') });
    expect(chooseLaunchPhrase(['electron', '--key-file='], read)).toEqual({ error: expect.stringContaining('attend un fichier') });
    expect(chooseLaunchPhrase(['electron', '--key-file=/autre'], read)).toEqual({ error: 'refusé : /autre' });
  });
});
