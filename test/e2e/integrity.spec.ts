import { openWithPhrase } from './data-key';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';
import { e2eTarget } from './targets/target';

test('integrity: verified on demand; a log edited outside Binôme is flagged at start-up', async ({ page, app }) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Rose Petit', scopeItems: ['Installer l’imprimante'] });
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: "Vérifier l’intégrité" }).click();
  await expect(page.getByText('Intégrité vérifiée : aucun enregistrement n’a été modifié.')).toBeVisible();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText(/Sauvegarde faite et vérifiée/)).toBeVisible();
  // The server made its daily copy at launch; the one just asked for is listed first.
  await expect(page.locator('.backup-list li')).toHaveCount(2);
  await expect(page.locator('.backup-list li').first()).toContainText('manuelle — vérifiée');
  await expect(page.locator('.backup-list li').last()).toContainText('quotidienne — vérifiée');
  // Browser mode only: the desktop app has no path field, its folder comes from the system's dialog.
  if (e2eTarget() === 'browser') {
    await page.getByLabel('Copier vers un dossier (clé USB)').fill('cle');
    await page.getByRole('button', { name: 'Copier vers ce dossier' }).click();
    await expect(page.getByRole('alert').first()).toContainText('Indiquez le chemin complet, qui commence par /');
  }
  await expectAccessible(page);

  await app.stop();
  const db = await openWithPhrase(app.dataDir);
  // The guard dropped for the edit is put back (a dropped guard is a finding of its own).
  const guard = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'mandate_journal_no_update'").pluck().get() as string;
  db.exec('DROP TRIGGER mandate_journal_no_update');
  db.exec("UPDATE mandate_journal SET at = '2020-01-01T00:00:00.000Z' WHERE rowid = (SELECT min(rowid) FROM mandate_journal)");
  db.exec(guard);
  db.close();
  await app.restart();
  await page.goto(app.url);
  const banner = page.getByRole('alert').filter({ hasText: 'Journal des mandats' });
  await expect(banner).toContainText('la ligne n° 1');
  await expect(banner).toContainText('un journal a été modifié en dehors de Binôme');
  await expectAccessible(page);
});
