import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServicesHost, type ServicesHost } from '../../../electron/services/host';
import { AppError } from '../../../electron/services/errors';
import { localPathOrThrow } from '../../../electron/services/paths';
import type { BackupInfo } from '../../../shared/records/backups';
import { call } from '../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { testHostKeys } from '../../helpers/test-key';

const tempDir = useTempDirs();

/** Every file and folder under `dir`, relative: what a refused call must leave exactly as it was. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

function refusedKey(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as AppError).key ?? 'no key';
  }
  return 'accepted';
}

describe('localPathOrThrow: the rule, then where the system says the folder really is', () => {
  it('accepts a local folder reached through a link, and one that does not exist yet', () => {
    const base = tempDir();
    mkdirSync(join(base, 'cle'));
    symlinkSync(join(base, 'cle'), join(base, 'lien'));
    expect(localPathOrThrow(join(base, 'lien', 'Sauvegardes'), 'posix')).toBe(join(base, 'lien', 'Sauvegardes'));
    expect(localPathOrThrow(join(base, 'pas-encore', 'là'), 'posix')).toBe(join(base, 'pas-encore', 'là'));
  });

  it('refuses a drive letter or a link that the system resolves to a network share', () => {
    // What Windows answers for a mapped drive (Z: → \\serveur\partage) or a junction to a share.
    const mapped = (p: string) => {
      if (p.toUpperCase().startsWith('Z:')) return `\\\\serveur\\partage${p.slice(2)}`;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(refusedKey(() => localPathOrThrow('Z:\\Sauvegardes\\2026', 'windows', mapped))).toBe('paths.linkToNetwork');
    // The nearest existing folder decides: Z:\ exists, the rest will be created.
    expect(refusedKey(() => localPathOrThrow('E:\\Sauvegardes', 'windows', mapped))).toBe('accepted');
    expect(refusedKey(() => localPathOrThrow('\\\\serveur\\partage', 'windows', mapped))).toBe('paths.network');
  });
});

describe('browser mode (no dialog): a refused path writes nothing and changes nothing', () => {
  let host: ServicesHost | null = null;
  afterEach(() => host?.close());

  async function open() {
    const dir = tempDir();
    host = await openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    const person = await call(host, 'createPerson', { name: 'Hélène Martin' });
    const backup = (await call(host, 'createBackup', { folder: null }))!;
    return { dir, host, person, backup };
  }

  const REFUSED: [string, string, RegExp][] = [
    ['\\\\serveur\\partage\\Sauvegardes', 'paths.network', /^Les dossiers réseau/],
    ['//serveur/partage/Sauvegardes', 'paths.network', /^Les dossiers réseau/],
    ['\\\\?\\UNC\\serveur\\partage', 'paths.network', /^Les dossiers réseau/],
    ['Sauvegardes-relatives', 'paths.notAbsolutePosix', /^Indiquez le chemin complet, qui commence par \//],
    ['file:///tmp/binome-sauvegardes', 'paths.url', /^Une adresse/],
    ['smb://serveur/partage', 'paths.url', /^Une adresse/],
  ];

  it('a backup to a network, relative or URL path, or through `..`, is refused in French and writes nothing', async () => {
    const { dir, host } = await open();
    const usb = tempDir();
    const before = { data: tree(dir), usb: tree(usb) };
    for (const [path, key, text] of [...REFUSED, [`${usb}/a/../b`, 'paths.parentSegment', /« \.\. »/] as [string, string, RegExp]]) {
      const r = await host.dispatch('createBackup', { folder: { path } });
      expect(r, path).toMatchObject({ ok: false, error: { code: 'invalid_input', key, message: expect.stringMatching(text) } });
    }
    expect(tree(dir)).toEqual(before.data);
    expect(tree(usb)).toEqual(before.usb);
    // On POSIX a backslash is an ordinary character: an unchecked UNC path would be a folder here.
    for (const left of ['Sauvegardes-relatives', '\\\\serveur\\partage\\Sauvegardes', '\\\\?\\UNC\\serveur\\partage'])
      expect(existsSync(join(process.cwd(), left)), left).toBe(false);
    expect(existsSync('/serveur')).toBe(false);
    expect((await call(host, 'listBackups')).length).toBe(1);
  });

  it('an export to such a path is refused and writes nothing', async () => {
    const { dir, host, person } = await open();
    const before = tree(dir);
    for (const [path, key] of REFUSED) {
      expect(await host.dispatch('exportPersonToFolder', { personId: person.id, folder: { path } }), path).toMatchObject({ ok: false, error: { key } });
    }
    expect(tree(dir)).toEqual(before);
    expect(existsSync(join(process.cwd(), 'Sauvegardes-relatives'))).toBe(false);
  });

  it('a restore from such a path is refused before any check: the data stays as it was', async () => {
    const { dir, host, backup } = await open();
    await call(host, 'createPerson', { name: 'Bernard Petit' });
    const before = tree(dir);
    for (const [path, key] of [...REFUSED, [`${dir}/backups/../backups/${backup.name}`, 'paths.parentSegment']]) {
      expect(await host.dispatch('restoreBackup', { source: { path } }), path).toMatchObject({ ok: false, error: { key } });
    }
    expect(tree(dir)).toEqual(before);
    expect((await call(host, 'listPersons')).map((p) => p.name).sort()).toEqual(['Bernard Petit', 'Hélène Martin']);
  });

  it('a rolling backup is named, never pointed to: an unknown or crafted name is refused', async () => {
    const { dir, host, backup } = await open();
    const before = tree(dir);
    expect(await host.dispatch('restoreBackup', { source: { backup: '../../../etc/binome-20260302-110000-000-manual.sqlite' } })).toMatchObject({
      ok: false,
      error: { key: 'paths.unknownBackup', message: expect.stringMatching(/^Cette sauvegarde n’est pas \(ou plus\) dans la liste/) },
    });
    expect(await host.dispatch('restoreBackup', { source: { backup: 'binome-20200101-000000-000-manual.sqlite' } })).toMatchObject({ ok: false, error: { key: 'paths.unknownBackup' } });
    expect(tree(dir)).toEqual(before);
    const restored = await call(host, 'restoreBackup', { source: { backup: backup.name } });
    expect(restored).toMatchObject({ restoredFrom: backup.path });
  });

  it('asking for a dialog where there is none is refused, nothing written', async () => {
    const { dir, host, person } = await open();
    const before = tree(dir);
    for (const [name, input] of [
      ['createBackup', { folder: { pick: true } }],
      ['exportPersonToFolder', { personId: person.id, folder: { pick: true } }],
      ['restoreBackup', { source: { pick: true } }],
    ] as const)
      expect(await host.dispatch(name, input), name).toMatchObject({ ok: false, error: { key: 'paths.noDialog' } });
    expect(tree(dir)).toEqual(before);
  });

  it('a local folder typed in full is accepted, written the normal way', async () => {
    const { host, person } = await open();
    const usb = tempDir();
    const copy = (await call(host, 'createBackup', { folder: { path: `${usb}//Sauvegardes/./` } })) as BackupInfo;
    expect(copy.path).toBe(join(usb, 'Sauvegardes', copy.name));
    const exported = await call(host, 'exportPersonToFolder', { personId: person.id, folder: { path: join(usb, 'Exports') } });
    expect(exported!.path.startsWith(join(usb, 'Exports'))).toBe(true);
    writeFileSync(join(usb, 'note.txt'), 'x');
    expect(await host.dispatch('createBackup', { folder: { path: join(usb, 'note.txt') } })).toMatchObject({ ok: false, error: { code: 'storage' } });
  });
});
