import { expect, expectAccessible, test } from './fixtures';

test('settings: language, text size and contrast apply at once and survive a restart', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Réglages', level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Taille du texte').selectOption('150');
  await page.getByLabel('Contraste élevé').check();
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-scale', '150');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expectAccessible(page);

  await page.getByLabel("Langue de l'interface").selectOption('en');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'People helped', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-scale', '150');
});

test('settings: an out-of-range code duration is refused in French and nothing changes', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByLabel('Durée de validité du code de sécurité (minutes)').fill('0');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByRole('alert').first()).toHaveText('La durée du code est d’au moins 1 minute.');
  await page.reload();
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByLabel('Durée de validité du code de sécurité (minutes)')).toHaveValue('10');
});

test('helper profiles: added, renamed and retired in Réglages; the history filter lists them', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Réglages' }).click();
  const section = page.getByRole('region', { name: 'Aidant·es de cet ordinateur' });
  await expect(section.getByText('Aucun profil pour l’instant : ajoutez le vôtre.')).toBeVisible();
  await section.getByLabel('Nom', { exact: true }).fill('Sam Aidant');
  await section.getByLabel('Nom affiché par l’Assistance rapide').fill('Sam A.');
  await section.getByRole('button', { name: 'Ajouter le profil' }).click();
  await expect(section.getByText(/Sam Aidant — la personne voit « Sam A\. »/)).toBeVisible();
  await expectAccessible(page);

  // A second profile with the same name is refused, and the refusal says what to do.
  await section.getByLabel('Nom', { exact: true }).fill('sam aidant');
  await section.getByRole('button', { name: 'Ajouter le profil' }).click();
  await expect(section.getByText(/Un profil porte déjà le nom « Sam Aidant » : choisissez un autre nom/)).toBeVisible();

  await section.getByRole('button', { name: 'Modifier le profil de Sam Aidant' }).click();
  await section.locator('.helper-row').getByLabel('Nom', { exact: true }).fill('Samuel Aidant');
  await section.locator('.helper-row').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(section.getByText(/Samuel Aidant — la personne voit « Sam A\. »/)).toBeVisible();
  await section.getByRole('button', { name: 'Retirer le profil de Samuel Aidant' }).click();
  await expect(section.getByText(/retiré le/)).toBeVisible();

  await app.restart();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Historique' }).click();
  await expect(page.getByLabel('Aidant', { exact: true }).locator('option')).toContainText(['Tous les aidants', 'Samuel Aidant (retiré·e)']);
  await expectAccessible(page);
});
