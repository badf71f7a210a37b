import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseDataDir, validateDataDir } from '../../../electron/main/data-dir-option';

// What Electron's process.argv looks like under Playwright (its own switches around ours).
const argv = (...ours: string[]) => ['C:\\Programs\\binome\\Binôme.exe', '--inspect=0', '--remote-debugging-port=0', ...ours, '--no-sandbox'];

describe('--data-dir / BINOME_DATA_DIR for the desktop app', () => {
  it('none given: Electron userData (null)', () => {
    expect(chooseDataDir(argv(), {}, win32)).toEqual({ dataDir: null });
  });

  it('reads --data-dir=DIR and --data-dir DIR, ignoring the switches Chromium and Playwright add', () => {
    expect(chooseDataDir(argv('--data-dir=C:\\Temp\\binome-e2e-1'), {}, win32)).toEqual({ dataDir: 'C:\\Temp\\binome-e2e-1' });
    expect(chooseDataDir(argv('--data-dir', 'C:\\Temp\\e2e 2'), {}, win32)).toEqual({ dataDir: 'C:\\Temp\\e2e 2' });
    expect(chooseDataDir(['/usr/lib/electron', '.', '--data-dir=/tmp/x/../y'], {}, posix)).toEqual({ dataDir: '/tmp/y' });
  });

  it('reads BINOME_DATA_DIR; the flag wins over it', () => {
    expect(chooseDataDir(argv(), { BINOME_DATA_DIR: 'D:\\Binôme' }, win32)).toEqual({ dataDir: 'D:\\Binôme' });
    expect(chooseDataDir(argv('--data-dir=E:\\flag'), { BINOME_DATA_DIR: 'D:\\env' }, win32)).toEqual({ dataDir: 'E:\\flag' });
  });

  it('refuses, in French, a missing value', () => {
    expect(chooseDataDir(argv('--data-dir'), {}, win32)).toEqual({ error: '--data-dir attend un dossier.' });
    expect(chooseDataDir(argv('--data-dir', '--no-sandbox'), {}, win32)).toEqual({ error: '--data-dir attend un dossier.' });
    expect(chooseDataDir(argv('--data-dir='), {}, win32)).toEqual({ error: '--data-dir attend un dossier.' });
    expect(chooseDataDir(argv(), { BINOME_DATA_DIR: '  ' }, win32)).toEqual({ error: '--data-dir attend un dossier.' });
  });

  it('refuses relative and drive-relative paths', () => {
    for (const p of ['donnees', '.\\donnees', '..\\x', '\\donnees', 'C:donnees']) {
      expect(validateDataDir(p, win32), p).toMatchObject({ error: expect.stringContaining('chemin complet') });
    }
    expect(validateDataDir('donnees', posix)).toMatchObject({ error: expect.stringContaining('chemin complet') });
  });

  it('refuses network (UNC) paths', () => {
    for (const p of ['\\\\serveur\\partage\\binome', '//serveur/partage', '\\\\?\\UNC\\serveur\\x']) {
      expect(validateDataDir(p, win32), p).toMatchObject({ error: expect.stringContaining('pas sur le réseau') });
    }
  });

  it('refuses control characters without echoing them', () => {
    const result = validateDataDir('C:\\don\nnees', win32);
    expect(result).toMatchObject({ error: expect.stringContaining('caractère de contrôle') });
    expect('error' in result && result.error).not.toContain('\n');
  });
});
