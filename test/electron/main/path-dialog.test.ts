import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-origin';
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../../electron/main/ipc';
import { createPathDialog, type OpenDialogLike, type OpenDialogOptions } from '../../../electron/main/path-dialog';
import { openServicesHost, type ServicesHost } from '../../../electron/services/host';
import { channelFor, type MethodName } from '../../../shared/ipc/contract';
import { formatMessage } from '../../../shared/messages/format';
import type { BackupInfo } from '../../../shared/records/backups';
import { call } from '../../helpers/call';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { testHostKeys } from '../../helpers/test-key';

const tempDir = useTempDirs();

/**
 * Electron's dialog stands in as what it is to the glue, an injected dependency: each call is
 * recorded with the window it was attached to, and answers the next scripted choice.
 */
function scriptedDialog(answers: (string | null)[]) {
  const calls: { window: unknown; options: OpenDialogOptions }[] = [];
  const dialog: OpenDialogLike<string> = {
    showOpenDialog: async (a: string | OpenDialogOptions, b?: OpenDialogOptions) => {
      calls.push(typeof a === 'string' ? { window: a, options: b! } : { window: null, options: a });
      const next = answers.shift();
      if (next === undefined) throw new Error('no dialog expected');
      return next === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [next] };
    },
  };
  return { dialog, calls };
}

const text = (key: Parameters<typeof formatMessage>[0]['key']) => formatMessage({ key });

/** The real registration and the real services; the event names the sender's window ("win-1"). */
function electronIpc(host: ServicesHost, dialog: OpenDialogLike<string>) {
  const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  registerIpc({ handle: (c, l) => void handlers.set(c, l), removeHandler: () => {} }, host.dispatch, (event: IpcEventLike) =>
    createPathDialog(dialog, event.sender as string, text),
  );
  return (name: MethodName, input: unknown) => handlers.get(channelFor(name))!({ senderFrame: { url: APP_ENTRY_URL, parent: null }, sender: 'win-1' }, input) as Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
}

describe('Electron: folders and files come from the main process’s dialog, never from the page', () => {
  let host: ServicesHost | null = null;
  afterEach(() => host?.close());

  async function open() {
    const dir = tempDir();
    host = await openServicesHost({ ...testHostKeys(dir), dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
    const person = await call(host, 'createPerson', { name: 'Hélène Martin' });
    return { dir, host, person };
  }

  it('a backup goes where the helper picked in the dialog on the sender’s window; a path the page sent is ignored', async () => {
    const { host } = await open();
    const chosen = tempDir();
    const pageSaid = join(tempDir(), 'choisi-par-la-page');
    const { dialog, calls } = scriptedDialog([chosen, chosen]);
    const send = electronIpc(host, dialog);

    const picked = await send('createBackup', { folder: { pick: true } });
    expect(picked).toMatchObject({ ok: true, value: { reason: 'manual', integrity: 'ok' } });
    expect((picked.value as BackupInfo).path.startsWith(chosen)).toBe(true);

    const forged = await send('createBackup', { folder: { path: pageSaid } });
    expect(forged.ok).toBe(true);
    expect((forged.value as BackupInfo).path.startsWith(chosen)).toBe(true);
    expect(existsSync(pageSaid)).toBe(false);

    expect(calls).toHaveLength(2);
    expect(calls[0]).toEqual({
      window: 'win-1',
      options: {
        title: 'Choisir le dossier où copier la sauvegarde (une clé USB, par exemple)',
        buttonLabel: 'Enregistrer ici',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'],
      },
    });
    // The rolling backups are the main process's own: no dialog for them.
    expect(await send('createBackup', { folder: null })).toMatchObject({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it('cancelling costs nothing and records nothing', async () => {
    const { dir, host, person } = await open();
    const rolling = (await call(host, 'createBackup', { folder: null }))!;
    const { dialog, calls } = scriptedDialog([null, null, null]);
    const send = electronIpc(host, dialog);
    const before = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    const journal = host.current()!.db.prepare('SELECT count(*) FROM mandate_journal').pluck().get();

    expect(await send('createBackup', { folder: { pick: true } })).toEqual({ ok: true, value: null });
    expect(await send('exportPersonToFolder', { personId: person.id, folder: { pick: true } })).toEqual({ ok: true, value: null });
    expect(await send('restoreBackup', { source: { pick: true }, phrase: null })).toEqual({ ok: true, value: null });

    expect(calls.map((c) => c.options.title)).toEqual([
      'Choisir le dossier où copier la sauvegarde (une clé USB, par exemple)',
      'Choisir le dossier où enregistrer le dossier de la personne',
      'Choisir la sauvegarde à restaurer',
    ]);
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()).toEqual(before);
    expect(host.current()!.db.prepare('SELECT count(*) FROM mandate_journal').pluck().get()).toBe(journal);
    expect((await call(host, 'listBackups')).map((b) => b.name)).toEqual([rolling.name]);
  });

  it('an export and a restore use the picked folder and file, whatever path the page sends', async () => {
    const { host, person } = await open();
    const copy = (await call(host, 'createBackup', { folder: { path: tempDir() } }))!;
    await call(host, 'createPerson', { name: 'Bernard Petit' });
    const exports = tempDir();
    const { dialog, calls } = scriptedDialog([exports, copy.path]);
    const send = electronIpc(host, dialog);

    const exported = await send('exportPersonToFolder', { personId: person.id, folder: { path: '\\\\serveur\\partage' } });
    expect(exported).toMatchObject({ ok: true, value: { path: expect.stringContaining(exports) } });
    expect(readdirSync(exports)).toEqual([expect.stringMatching(/^binome-export-helene-martin-\d{8}\.json$/)]);

    const restored = await send('restoreBackup', { source: { path: '/etc/passwd' }, phrase: null });
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: copy.path } });
    expect((await call(host, 'listPersons')).map((p) => p.name)).toEqual(['Hélène Martin']);
    expect(calls[1]!.options).toEqual({
      title: 'Choisir la sauvegarde à restaurer',
      buttonLabel: 'Restaurer ce fichier',
      filters: [{ name: 'Sauvegardes Binôme', extensions: ['sqlite'] }],
      properties: ['openFile', 'dontAddToRecent'],
    });
  });

  it('a rolling backup is restored by its name without a dialog', async () => {
    const { host } = await open();
    const rolling = (await call(host, 'createBackup', { folder: null }))!;
    const { dialog, calls } = scriptedDialog([]);
    const restored = await electronIpc(host, dialog)('restoreBackup', { source: { backup: rolling.name }, phrase: null });
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: rolling.path } });
    expect(calls).toHaveLength(0);
  });

  it('without a window to attach to, the dialog opens on its own', async () => {
    const { dialog, calls } = scriptedDialog(['/media/cle']);
    expect(await createPathDialog(dialog, null, text).pickFolder('export')).toBe('/media/cle');
    expect(calls[0]!.window).toBeNull();
  });
});
