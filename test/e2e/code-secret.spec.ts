import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

/** Every file under `dir`, as bytes: the database, its WAL and SHM, backups and sidecars, exports. */
function allBytes(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile())
    .map((p) => readFileSync(p).toString('latin1'))
    .join('\n');
}

/** The code as the helper typed it, and every form it could have been kept in. */
const FORMS = ['q3x 7pk', 'Q3X7PK', 'q3x7pk', 'Q3X 7PK', 'Q3X-7PK'];

test('a security code typed through the bridge is never on disk: database, WAL, backups, export', async ({ page, app }) => {
  await page.goto(app.url);
  const personId = await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer l’imprimante'] });
  await page.getByRole('button', { name: /Ouvrir la fiche de Hélène Martin/ }).click();
  await page.getByRole('button', { name: 'Démarrer une séance' }).click();
  await page.getByRole('group', { name: 'Au programme aujourd’hui' }).getByLabel('Installer l’imprimante').click();
  await page.getByRole('button', { name: 'Étape suivante →' }).click();
  await expect(page.locator('#step-title', { hasText: 'Appel' })).toBeVisible();
  // The code waits until the person has the code box in front of them.
  await page.getByRole('button', { name: 'La personne voit la case du code' }).click();
  await page.getByRole('button', { name: 'Étape suivante →' }).click();
  await expect(page.locator('#step-title', { hasText: 'Code de sécurité' })).toBeVisible();
  await expect(page.getByText(/Le code n’est jamais enregistré/)).toBeVisible();
  await page.getByLabel('Code affiché par l’Assistance rapide').fill('q3x 7pk');
  await page.getByRole('button', { name: 'Noter le code' }).click();
  await expect(page.locator('.code-group')).toHaveText(['Q3X', '7PK']);
  // A reload of the page (not of the app) keeps the dictation aid: the code is in the service's memory.
  await page.reload();
  await expect(page.locator('.code-group')).toHaveText(['Q3X', '7PK']);
  await expectAccessible(page);

  // A rolling backup, a copy to a "USB key", the person's export, then the closing (its own backup).
  const usb = join(app.dataDir, 'usb');
  await page.evaluate(
    async ({ personId, usb }) => {
      const b = (window as unknown as { binome: BinomeApi }).binome;
      for (const r of [await b.createBackup({ folder: null }), await b.createBackup({ folder: { path: usb } }), await b.exportPersonToFolder({ personId, folder: { path: usb } })]) {
        if (!r.ok) throw new Error(r.error.message);
      }
      const open = await b.listOpenSessions({});
      if (!open.ok) throw new Error(open.error.message);
      const closed = await b.sessionCommand({ sessionId: open.value[0]!.id, command: { type: 'close', outcome: 'aborted' } });
      if (!closed.ok) throw new Error(closed.error.message);
    },
    { personId, usb },
  );
  await expect.poll(() => readdirSync(join(app.dataDir, 'backups')).filter((f) => f.endsWith('-session.sqlite')).length).toBe(1);
  expect(readdirSync(usb).some((f) => f.endsWith('.json'))).toBe(true);

  // While the server runs (connection and WAL open), then once it stopped.
  const running = allBytes(app.dataDir);
  expect(running).toContain('code_generated');
  for (const form of FORMS) expect(running).not.toContain(form);
  await app.stop();
  const stopped = allBytes(app.dataDir);
  for (const form of FORMS) expect(stopped).not.toContain(form);
});
