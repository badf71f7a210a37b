import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../electron/web/cli-args';

describe('start:web arguments', () => {
  it('reads --data-dir, --port, BINOME_DATA_DIR and BROWSER=none', () => {
    expect(parseWebArgs(['--data-dir', '/d', '--port', '0'], {})).toEqual({ dataDir: '/d', port: 0, openBrowser: true, keyFile: null });
    expect(parseWebArgs(['--key-file', '/k/phrase.txt'], {})).toMatchObject({ keyFile: '/k/phrase.txt' });
    expect(parseWebArgs(['--key-file'], {})).toEqual({ error: '--key-file attend un fichier contenant la phrase de récupération.' });
    expect(parseWebArgs(['--port=8080'], { BINOME_DATA_DIR: '/e', BROWSER: 'none' })).toEqual({ dataDir: '/e', port: 8080, openBrowser: false, keyFile: null });
    expect(parseWebArgs(['--data-dir', '/x'], { BINOME_DATA_DIR: '/e' })).toMatchObject({ dataDir: '/x' });
    expect(parseWebArgs(['--port', '70000'], {})).toEqual({ error: '--port attend un nombre entre 0 et 65535.' });
    expect(parseWebArgs(['--verbose'], {})).toEqual({ error: 'Option inconnue : --verbose' });
  });
});
