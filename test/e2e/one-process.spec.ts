import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BinomeApi } from '../../shared/ipc/api';
import { expect, launchExpectingRefusal, test } from './fixtures';

/**
 * Names and modes of the data folder, with sizes and times except for the live database's files,
 * which the running first server may write at any moment (its background integrity check). A
 * refused start must change none of it (test/main/data-folder-lock.test.ts compares every time
 * against a holder that writes nothing).
 */
const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((name) => {
      const s = statSync(join(dir, name));
      const live = /^binome\.sqlite(-wal|-shm)?$/.test(name);
      return `${name} ${(s.mode & 0o777).toString(8)}${live ? '' : ` ${s.size} ${s.mtimeMs}`}`;
    });

test('a second browser mode on the same folder is refused in French; the first keeps working; after a kill -9 the next start opens', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Nom et prénom').fill('Hélène Martin');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Hélène Martin.');

  const before = snapshot(app.dataDir);
  const second = await launchExpectingRefusal(app.dataDir);
  expect(second.code).toBe(3);
  expect(second.stderr).toContain(`Binôme est déjà ouvert sur ce dossier de données : ${app.dataDir}.`);
  expect(snapshot(app.dataDir)).toEqual(before);

  // The first one was not disturbed.
  await page.getByLabel('Nom et prénom').fill('Albert Durand');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Albert Durand.');

  // A crash leaves no stale lock behind.
  await app.restart('SIGKILL');
  await page.goto(app.url);
  await expect(page.locator('.person-name')).toHaveText(['Albert Durand', 'Hélène Martin']);
});

test('after a restore the folder is still held (the restore reopens the database, not the lock); everything in it is private', async ({ page, app }) => {
  await page.goto(app.url);
  const restored = await page.evaluate(async () => {
    const b = (window as unknown as { binome: BinomeApi }).binome;
    const settings = await b.updateSettings({ helperName: 'Camille' });
    if (!settings.ok) throw new Error(settings.error.message);
    const backup = await b.createBackup({ folder: null });
    if (!backup.ok) throw new Error(backup.error.message);
    return b.restoreBackup({ source: { backup: backup.value!.name } });
  });
  expect(restored.ok).toBe(true);
  const second = await launchExpectingRefusal(app.dataDir);
  expect(second.code).toBe(3);
  expect(second.stderr).toContain('Binôme est déjà ouvert sur ce dossier de données');

  // The server runs with the test runner's umask, yet creates nothing others can read.
  const modes = Object.fromEntries(
    readdirSync(app.dataDir, { recursive: true })
      .map(String)
      .map((name) => [name, statSync(join(app.dataDir, name))] as const)
      .map(([name, s]) => [name, `${s.isDirectory() ? 'dir' : 'file'} ${(s.mode & 0o777).toString(8)}`]),
  );
  // No binome.sqlite-shm: the database held exclusively keeps its WAL index in memory (db/open.ts).
  for (const name of ['binome.lock', 'binome.sqlite', 'binome.sqlite-wal', 'settings.json', 'backups', 'replaced']) expect(Object.keys(modes)).toContain(name);
  for (const [name, m] of Object.entries(modes)) expect(m, name).toBe(m.startsWith('dir') ? 'dir 700' : 'file 600');
  expect((statSync(app.dataDir).mode & 0o777).toString(8)).toBe('700');
});

test('binome.lock deleted while the app runs (review M5): a second browser mode is still refused, by the database itself', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Nom et prénom').fill('Hélène Martin');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Hélène Martin.');

  rmSync(join(app.dataDir, 'binome.lock'));
  const second = await launchExpectingRefusal(app.dataDir);
  expect(second.code).toBe(3);
  expect(second.stderr).toContain(`Binôme est déjà ouvert sur ce dossier de données : ${app.dataDir}.`);

  // The first one goes on writing, alone.
  await page.getByLabel('Nom et prénom').fill('Albert Durand');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Albert Durand.');
  await app.restart();
  await page.goto(app.url);
  await expect(page.locator('.person-name')).toHaveText(['Albert Durand', 'Hélène Martin']);
});
