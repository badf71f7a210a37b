import { describe, expect, it } from 'vitest';
import { FRENCH } from '../../../shared/messages/fr';
import { checkLocalPath, pathFlavourOf } from '../../../shared/paths/local-path';

const refusal = (raw: string, flavour: 'windows' | 'posix') => {
  const r = checkLocalPath(raw, flavour);
  return r.ok ? `accepted as ${r.path}` : r.key;
};
const accepted = (raw: string, flavour: 'windows' | 'posix') => {
  const r = checkLocalPath(raw, flavour);
  return r.ok ? r.path : `refused: ${r.key}`;
};

describe('a typed path is accepted only when it is local', () => {
  it('picks the rules from the platform', () => {
    expect(pathFlavourOf('win32')).toBe('windows');
    expect(pathFlavourOf('linux')).toBe('posix');
    expect(pathFlavourOf('darwin')).toBe('posix');
  });

  it('Windows: a drive-letter path, written the system’s way', () => {
    expect(accepted('E:\\Sauvegardes', 'windows')).toBe('E:\\Sauvegardes');
    expect(accepted('  e:/Sauvegardes//Binôme\\.\\2026\\  ', 'windows')).toBe('E:\\Sauvegardes\\Binôme\\2026');
    expect(accepted('C:\\', 'windows')).toBe('C:\\');
    expect(accepted('C:\\Users\\Camille\\Clé USB (copie)', 'windows')).toBe('C:\\Users\\Camille\\Clé USB (copie)');
  });

  it('Windows: network, device and long-path namespaces are refused', () => {
    for (const raw of [
      '\\\\serveur\\partage',
      '\\\\serveur\\partage\\Sauvegardes',
      '//serveur/partage/Sauvegardes',
      '\\/serveur/partage',
      '\\\\?\\UNC\\serveur\\partage',
      '\\\\?\\C:\\Sauvegardes',
      '\\\\.\\PhysicalDrive0',
      '\\\\.\\pipe\\binome',
      '\\\\localhost\\c$\\Sauvegardes',
    ])
      expect(refusal(raw, 'windows'), raw).toBe('paths.network');
  });

  it('Windows: relative, drive-relative and root-relative paths are refused', () => {
    for (const raw of ['Sauvegardes', 'cle-usb\\Sauvegardes', '.\\Sauvegardes', 'C:Sauvegardes', '\\Sauvegardes', '/Sauvegardes', 'E:'])
      expect(refusal(raw, 'windows'), raw).toBe('paths.notAbsoluteWindows');
  });

  it('Windows: `..`, reserved characters, trailing dots or spaces and device names are refused', () => {
    expect(refusal('C:\\Sauvegardes\\..\\Windows', 'windows')).toBe('paths.parentSegment');
    expect(refusal('C:/a/../../b', 'windows')).toBe('paths.parentSegment');
    expect(refusal('C:\\Sauvegardes\\fichier.txt:flux', 'windows')).toBe('paths.reservedChars');
    expect(refusal('C:\\Sauve*', 'windows')).toBe('paths.reservedChars');
    expect(refusal('C:\\Sauvegardes\\.. \\x', 'windows')).toBe('paths.trailingDotOrSpace');
    expect(refusal('C:\\Sauvegardes\\... ', 'windows')).toBe('paths.trailingDotOrSpace');
    expect(refusal('C:\\Sauvegardes.', 'windows')).toBe('paths.trailingDotOrSpace');
    expect(refusal('C:\\Sauvegardes \\2026', 'windows')).toBe('paths.trailingDotOrSpace');
    expect(refusal('C:\\Sauvegardes\\NUL', 'windows')).toBe('paths.deviceName');
    expect(refusal('C:\\con.txt', 'windows')).toBe('paths.deviceName');
    expect(refusal('E:\\COM1\\Sauvegardes', 'windows')).toBe('paths.deviceName');
    expect(accepted('E:\\Console\\Nullité', 'windows')).toBe('E:\\Console\\Nullité');
  });

  it('POSIX: an absolute path, separators and `.` collapsed', () => {
    expect(accepted('/media/camille/CLÉ USB/Sauvegardes', 'posix')).toBe('/media/camille/CLÉ USB/Sauvegardes');
    expect(accepted('/media//cle/./Sauvegardes/', 'posix')).toBe('/media/cle/Sauvegardes');
    expect(accepted('/', 'posix')).toBe('/');
    // A colon, a star or a backslash are ordinary characters in a POSIX name.
    expect(accepted('/tmp/a:b*c\\d', 'posix')).toBe('/tmp/a:b*c\\d');
  });

  it('POSIX: network, relative and `..` paths are refused', () => {
    expect(refusal('//serveur/partage', 'posix')).toBe('paths.network');
    expect(refusal('\\\\serveur\\partage', 'posix')).toBe('paths.network');
    expect(refusal('\\\\?\\UNC\\serveur\\partage', 'posix')).toBe('paths.network');
    for (const raw of ['Sauvegardes', './Sauvegardes', '../Sauvegardes', '~/Sauvegardes', 'C:\\Sauvegardes'])
      expect(refusal(raw, 'posix'), raw).toBe('paths.notAbsolutePosix');
    expect(refusal('/media/cle/../../etc', 'posix')).toBe('paths.parentSegment');
    expect(refusal('/media/..', 'posix')).toBe('paths.parentSegment');
  });

  it('URLs, control characters and empty text are refused on both', () => {
    for (const flavour of ['windows', 'posix'] as const) {
      for (const raw of ['file:///C:/Sauvegardes', 'file:C:/Sauvegardes', 'smb://serveur/partage', 'http://127.0.0.1/x', 'FILE://localhost/etc'])
        expect(refusal(raw, flavour), raw).toBe('paths.url');
      expect(refusal(flavour === 'windows' ? 'C:\\Sauve\ngardes' : '/tmp/sauve\u202egardes', flavour)).toBe('input.pathControlChars');
      expect(refusal('   ', flavour)).toBe('paths.required');
    }
  });

  it('every refusal has its French sentence saying nothing changed', () => {
    for (const key of ['paths.url', 'paths.network', 'paths.notAbsoluteWindows', 'paths.notAbsolutePosix', 'paths.parentSegment', 'paths.deviceName'] as const)
      expect(FRENCH[key]).toMatch(/Rien n’a été modifié\.$/);
  });
});
