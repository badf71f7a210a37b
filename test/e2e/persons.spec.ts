import { expect, expectAccessible, test } from './fixtures';

test('add a person, restart the server, the person is still listed', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await expect(page.getByText("Aucune personne pour l’instant")).toBeVisible();
  await expectAccessible(page);

  // The one-time code left the address bar: the server traded it for a cookie and redirected.
  expect(page.url()).toBe(`${app.origin}/`);

  await page.getByLabel('Nom et prénom').fill('Hélène Martin');
  await page.getByLabel('Téléphone').fill('06 11 22 33 44');
  await page.getByLabel('Notes').fill('Préfère être appelée le matin.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Hélène Martin.');
  await page.getByLabel('Nom et prénom').fill('Albert Durand');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Albert Durand.');

  const names = page.locator('.person-name');
  await expect(names).toHaveText(['Albert Durand', 'Hélène Martin']);

  await app.restart();
  await page.goto(app.url);
  await expect(page.locator('.person-name')).toHaveText(['Albert Durand', 'Hélène Martin']);
  await expectAccessible(page);
});

test('search by name ignores accents and case; edit keeps the list sorted', async ({ page, app }) => {
  await page.goto(app.url);
  for (const name of ['Zoé Lefèvre', 'Émile Bernard', 'Claire Petit']) {
    await page.getByLabel('Nom et prénom').fill(name);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('status')).toContainText(name);
  }
  await page.getByLabel('Rechercher par nom').fill('EMILE');
  await expect(page.locator('.person-name')).toHaveText(['Émile Bernard']);
  await page.getByLabel('Rechercher par nom').fill('lefevre');
  await expect(page.locator('.person-name')).toHaveText(['Zoé Lefèvre']);
  await page.getByLabel('Rechercher par nom').fill('personne');
  await expect(page.getByText('Aucune personne ne correspond à « personne ».')).toBeVisible();
  await page.getByLabel('Rechercher par nom').fill('');

  await page.getByRole('button', { name: 'Modifier Zoé Lefèvre' }).click();
  await expect(page.getByLabel('Nom et prénom')).toBeFocused();
  await page.getByLabel('Nom et prénom').fill('Anne Lefèvre');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('.person-name')).toHaveText(['Anne Lefèvre', 'Claire Petit', 'Émile Bernard']);
});

test('bad input shows a French error and saves nothing', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Nom et prénom').fill('   ');
  await page.getByLabel('Téléphone').fill('appelle-moi');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  // Each message beside its field, the focus on the first; the summary beside the button.
  await expect(page.getByLabel('Nom et prénom')).toBeFocused();
  await expect(page.locator('.field-error').first()).toHaveText('Le nom est obligatoire.');
  await expect(page.locator('.form-summary')).toContainText('Rien n’a été enregistré : 2 points à corriger');
  await expect(page.getByText('Le téléphone ne peut contenir que des chiffres').first()).toBeVisible();
  await expect(page.getByText("Aucune personne pour l’instant")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Aucune personne pour l’instant")).toBeVisible();
});

test('keyboard only: add a person without the mouse', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  // Tab through the page until the name field has focus, as a keyboard user would.
  const name = page.getByLabel('Nom et prénom');
  for (let i = 0; i < 10 && !(await name.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.type('Jeanne Moreau');
  await page.keyboard.press('Enter');
  await expect(page.locator('.person-name')).toHaveText(['Jeanne Moreau']);
  const open = page.getByRole('button', { name: 'Ouvrir la fiche de Jeanne Moreau' });
  for (let i = 0; i < 10 && !(await open.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Jeanne Moreau', level: 1 })).toBeVisible();
  await expectAccessible(page);
});
