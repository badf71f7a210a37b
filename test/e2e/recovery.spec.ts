import { closeSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, test } from './fixtures';
import { openWithPhrase } from './data-key';
import { seedPerson } from './seed';

const DB_FILE = 'binome.sqlite'; // DB_FILE_NAME in electron/services/db/open.ts

/** Names in a database file of the folder (the live one or a copy: all under the folder's key). */
const personsIn = async (dataDir: string, path: string) => {
  const db = await openWithPhrase(dataDir, { path, readonly: true });
  try {
    return db.prepare('SELECT name FROM persons ORDER BY name').pluck().all();
  } finally {
    db.close();
  }
};

test('restore a backup from Réglages: what was added after it is gone, the data from before is kept in replaced/', async ({ page, app }) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Rose Petit' });
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText(/Sauvegarde faite et vérifiée/)).toBeVisible();
  await seedPerson(page, { name: 'Léa Martin' });

  const manual = page.locator('.backup-list li').filter({ hasText: 'manuelle' });
  await manual.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
  const confirm = page.getByRole('group', { name: /^Restaurer la sauvegarde : / });
  await expect(confirm).toContainText('replaced');
  await expectAccessible(page);
  // « Annuler » changes nothing.
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(confirm).toHaveCount(0);
  await manual.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
  await page.getByRole('button', { name: 'Oui, restaurer' }).click();

  // The app reloads on the restored data.
  await page.getByRole('button', { name: 'Personnes' }).click();
  await expect(page.getByText('Rose Petit')).toBeVisible();
  await expect(page.getByText('Léa Martin')).toHaveCount(0);
  const replaced = readdirSync(join(app.dataDir, 'replaced')).filter((n) => n.endsWith('.sqlite'));
  expect(replaced).toEqual([expect.stringMatching(/^binome-before-restore-\d{8}-\d{6}-\d{3}\.sqlite$/)]);
  expect(await personsIn(app.dataDir, join(app.dataDir, 'replaced', replaced[0]!))).toEqual(['Léa Martin', 'Rose Petit']);
  await expectAccessible(page);
});

test('a damaged database at start: the recovery screen offers the latest good backup, restored with the keyboard', async ({ page, app }) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Rose Petit' });
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText(/Sauvegarde faite et vérifiée/)).toBeVisible();

  await app.stop();
  const fd = openSync(join(app.dataDir, DB_FILE), 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
  closeSync(fd);
  await app.restart();
  await page.goto(app.url);

  await expect(page.getByRole('heading', { level: 1, name: "Binôme n'a pas pu ouvrir vos données" })).toBeVisible();
  await expect(page.getByText(/est endommagé/)).toBeVisible();
  const best = page.getByRole('region', { name: 'Dernière sauvegarde en bon état' });
  await expect(best).toContainText(/Sauvegarde du .+ \(manuelle\), vérifiée à l'instant\./);
  await expectAccessible(page);

  // Keyboard only: Tab to the highlighted backup, Enter, then Tab to « Oui, restaurer ».
  const restoreBest = best.getByRole('button', { name: 'Restaurer cette sauvegarde' });
  for (let i = 0; i < 20 && !(await restoreBest.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(restoreBest).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Restaurer la sauvegarde : / })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Oui, restaurer' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByText('Rose Petit')).toBeVisible();
  const damaged = readdirSync(join(app.dataDir, 'damaged'));
  expect(damaged).toContainEqual(expect.stringMatching(/^binome-damaged-.*\.sqlite$/));
  await expectAccessible(page);
});
