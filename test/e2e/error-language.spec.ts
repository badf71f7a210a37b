import type { Page } from '@playwright/test';
import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

const FRENCH_MONTH = /janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre/;

/**
 * A main-process error reaches the screen in the UI language: erasing a person with a name that
 * does not match is refused by the service with its keyed error (shared/messages/fr/errors.ts,
 * 'erasure.nameMismatch'), shown in French, then in English once the language is switched.
 */
async function refuseErasure(page: Page, name: string, section: string, start: string, confirmLabel: string) {
  await page.getByRole('button', { name: new RegExp(name) }).first().click();
  const region = page.getByRole('region', { name: section });
  await region.getByRole('button', { name: start }).click();
  await region.getByLabel(confirmLabel).fill('Quelqu’un d’autre');
  await region.getByLabel(confirmLabel).press('Enter');
  return region.getByRole('alert');
}

test('a service error shows in English when the UI is English, in French otherwise', async ({ page, app }) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Hélène Martin' });
  await page.reload();

  const fr = await refuseErasure(
    page,
    'Ouvrir la fiche de Hélène Martin',
    'Effacer les données de cette personne',
    'Effacer les données de Hélène Martin…',
    'Pour confirmer, recopiez le nom de la personne : Hélène Martin',
  );
  await expect(fr).toContainText('Le nom recopié ne correspond pas à celui de la personne : rien n’a été effacé.');

  await page.evaluate(async () => {
    const r = await (window as unknown as { binome: BinomeApi }).binome.updateSettings({ language: 'en' });
    if (!r.ok) throw new Error(r.error.message);
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const en = await refuseErasure(
    page,
    "Open Hélène Martin's file",
    'Erase this person’s data',
    'Erase Hélène Martin’s data…',
    'To confirm, type the person’s name again: Hélène Martin',
  );
  await expect(en).toContainText("The name typed does not match the person's name: nothing was erased.");
  await expect(en).not.toContainText('rien');
  await expectAccessible(page);
  // Nothing was erased by either refusal.
  await page.getByRole('button', { name: 'People helped' }).click();
  await expect(page.getByRole('button', { name: "Open Hélène Martin's file" })).toBeVisible();
});

test('in the English UI, form and domain messages written in French by the shared code show in English', async ({ page, app }) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer une imprimante'] });
  await page.evaluate(async () => {
    const r = await (window as unknown as { binome: BinomeApi }).binome.updateSettings({ language: 'en' });
    if (!r.ok) throw new Error(r.error.message);
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A field message from the zod schema, by the field and in the alert.
  await page.getByRole('textbox', { name: 'Full name' }).fill('   ');
  await page.getByRole('textbox', { name: 'Phone' }).fill('abc#');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The name is required.').first()).toBeVisible();
  await expect(page.getByText('The phone number may only hold digits, spaces and the signs + ( ) . -, nothing else.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('obligatoire');
  await expectAccessible(page);

  // The mandate check of the person's file, its end date written the English way.
  await page.getByRole('button', { name: "Open Hélène Martin's file" }).click();
  await expect(page.getByTestId('mandate-check')).toContainText(/Mandate valid until \d{1,2} [A-Z][a-z]+ \d{4} included\./);
  await expect(page.getByTestId('mandate-check')).not.toContainText('Mandat valide');
  await expect(page.getByTestId('mandate-check')).not.toContainText(FRENCH_MONTH);

  // The mandate journal: stored as data, its lines written in the UI language.
  await page.getByText('Mandate journal (2 events)').click();
  const journal = page.locator('.mandate-journal');
  await expect(journal).toContainText('Mandate prepared.');
  await expect(journal).toContainText('Mandate signed (signature on screen), with Camille Aidante.');
  await expect(journal).not.toContainText(/\bMandat\b|signé|préparé/);
  await expectAccessible(page);
});
