import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

const APP_SCRIPT = /\/assets\/[^/]+\.js$/;

test('Réglages comes on first use; when its file cannot load, a French message says so and the app goes on', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();

  // A broken install from now on: no further file of the app can be read.
  const refused: string[] = [];
  await page.route(APP_SCRIPT, (route) => {
    refused.push(route.request().url());
    return route.abort();
  });
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('alert')).toContainText("Cet écran n’a pas pu s’ouvrir.");
  // The screen's code was asked for only now, on first use.
  expect(refused.length).toBeGreaterThan(0);
  await expectAccessible(page);

  // The screens of the first chunk still work.
  await page.getByRole('button', { name: 'Personnes accompagnées' }).click();
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nom et prénom' }).fill('Lucien Robert');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('button', { name: /Ouvrir la fiche de Lucien/ })).toBeVisible();
});

test('a button that opens another screen hands the focus to its title, also when that screen loads on first use', async ({ page, app }) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Odette Lambert' });
  await page.reload();
  await page.getByRole('button', { name: /Ouvrir la fiche de Odette/ }).press('Enter');
  await expect(page.getByRole('heading', { name: /Odette Lambert/, level: 1 })).toBeFocused();

  // « Préparer un nouveau mandat » disappears with the person's file; the form's title takes the focus.
  await page.getByRole('button', { name: 'Préparer un nouveau mandat' }).press('Enter');
  const title = page.getByRole('heading', { name: 'Nouveau mandat', level: 1 });
  await expect(title).toBeFocused();
  await expectAccessible(page);

  // A focus that is not lost stays where it is: the navigation bar keeps it.
  const nav = page.getByRole('navigation').getByRole('button', { name: 'Réglages', exact: true });
  await nav.press('Enter');
  await expect(page.getByRole('heading', { name: 'Réglages', level: 1 })).toBeVisible();
  await expect(nav).toBeFocused();
});
