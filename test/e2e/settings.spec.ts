import { expect, expectAccessible, test } from './fixtures';

test('settings: language, text size and contrast apply at once and survive a restart', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Réglages', level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Taille du texte').selectOption('150');
  await page.getByLabel('Contraste élevé').check();
  await page.getByLabel("Nom de l’aidant·e").fill('Sam Aidant');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-text-scale', '150');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expectAccessible(page);

  await page.getByLabel("Langue de l’interface").selectOption('en');
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
  await expect(page.locator('.field-error').first()).toHaveText('La durée du code est d’au moins 1 minute.');
  await expect(page.getByLabel('Durée de validité du code de sécurité (minutes)')).toBeFocused();
  await expect(page.locator('.form-summary')).toContainText('Rien n’a été enregistré : 1 point à corriger');
  await page.reload();
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByLabel('Durée de validité du code de sécurité (minutes)')).toHaveValue('10');
});
