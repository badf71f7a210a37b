import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, expectAccessible, test } from './fixtures';

async function addPerson(page: Page, name: string) {
  await page.getByLabel('Nom et prénom').fill(name);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('button', { name: `Ouvrir la fiche de ${name}` }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** From the signing screen, which offers the way to Réglages when the association is missing. */
async function setAssociation(page: Page) {
  await page.getByRole('button', { name: 'Ouvrir les Réglages', exact: true }).click();
  await page.getByLabel('Nom de l’association').fill('Les Binômes du Rhône');
  await page.getByLabel('Téléphone de l’association').fill('04 78 00 12 34');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Réglages enregistrés.' })).toBeVisible();
}

/** The struck line of a withdrawn action: <del> for the label, its date said in words beside it. */
async function expectStruck(scope: Locator, label: string) {
  await expect(scope.locator('del', { hasText: label })).toBeVisible();
  await expect(scope.getByText(/retiré le \d{1,2}(er)? \p{L}+ \d{4}/u).first()).toBeVisible();
}

/** The same screen in a narrow window (Binôme pinned beside Quick Assist): nothing cut off, axe clean. */
async function checkNarrow(page: Page, dir: string, name: string) {
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 380, height: 800 });
  // What sticks out, by tag and class, so a failure names it.
  const wider = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 380.5).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
  );
  expect(wider).toEqual([]);
  await page.screenshot({ path: join(dir, `${name}-380.png`), fullPage: true });
  await expectAccessible(page);
  await page.setViewportSize(wide);
}

const PRINTER = 'Installer ou régler une imprimante';

test('consent the person can read: the text before the pads, the name matched, a withdrawal by phone struck everywhere and out of the scope guard', async ({ page, app }, info) => {
  // One helper's whole path, from the draft to the session: long on a shared machine.
  test.setTimeout(240_000);
  await page.goto(app.url);
  await addPerson(page, 'Hélène Martin');

  // Without the association's name and phone, the draft says so and cannot be signed.
  await page.getByRole('button', { name: 'Préparer un nouveau mandat' }).click();
  await expect(page.getByText('Coordonnées de l’association à compléter dans Réglages', { exact: false })).toBeVisible();
  // Each draft error on its field, the focus on the first, the summary beside the button.
  const save = page.getByRole('button', { name: 'Enregistrer le brouillon' });
  await page.getByLabel('Nom de l’aidant·e').fill('');
  await save.click();
  await expect(page.getByLabel('Nom de l’aidant·e')).toBeFocused();
  await expect(page.getByLabel('Nom de l’aidant·e')).toHaveAttribute('aria-invalid', 'true');
  const summary = page.locator('.form-summary');
  await expect(summary).toContainText('Rien n’a été enregistré');
  expect((await save.boundingBox())!.y - (await summary.boundingBox())!.y).toBeLessThan(400);
  await expectAccessible(page);
  await page.getByLabel('Nom de l’aidant·e').fill('Camille Aidante');
  await page.getByLabel(PRINTER).check();
  await page.getByLabel('Choisir les dates').check();
  await page.getByLabel('Premier jour').fill('2026-06-10');
  await page.getByLabel('Dernier jour (inclus)').fill('2026-06-01');
  await save.click();
  await expect(page.getByLabel('Dernier jour (inclus)')).toBeFocused();
  await expect(page.getByLabel('Dernier jour (inclus)')).toHaveAttribute('aria-invalid', 'true');
  const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000));
  await page.getByLabel('Premier jour').fill(day(0));
  await page.getByLabel('Dernier jour (inclus)').fill(day(90));

  // A bare category is refused, in French, where the eye is.
  await page.getByLabel('Catégorie de la démarche').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Ajouter la démarche' }).click();
  const line = page.getByLabel('Démarche précise et son site');
  await expect(line).toBeFocused();
  await expect(line).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.procedure-picker .field-error')).toContainText('précise');
  await expectAccessible(page);
  await page.getByLabel('Démarche', { exact: true }).selectOption({ index: 1 });
  await expect(line).not.toHaveValue('');
  await page.getByRole('button', { name: 'Ajouter la démarche' }).click();
  await expect(page.getByLabel(/^Démarche 1 \(/)).toBeVisible();
  await page.getByLabel('Lieu de signature (ville)').fill('Lyon');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  const item = page.locator('.mandate-item');
  await expect(item.locator('.badge')).toHaveText('Brouillon, non signé');

  await item.getByRole('button', { name: 'Faire signer' }).click();
  await expect(page.getByText('Le nom et le téléphone de l’association manquent', { exact: false })).toBeVisible();
  await setAssociation(page);
  await page.getByRole('button', { name: 'Personnes accompagnées' }).click();
  await page.getByRole('button', { name: 'Ouvrir la fiche de Hélène Martin' }).click();
  await item.getByRole('button', { name: 'Faire signer' }).click();

  // The whole text, above the pads, with the association's phone and the withdrawal without a reason.
  const text = page.getByTestId('sign-text');
  await expect(text).toContainText('04 78 00 12 34');
  await expect(text).toContainText('sans donner de raison');
  await expect(text).toContainText(PRINTER);
  const pad = page.getByRole('img', { name: 'Signature de la personne (Hélène Martin)' });
  expect((await text.boundingBox())!.y).toBeLessThan((await pad.boundingBox())!.y);
  await page.screenshot({ path: join(info.outputDir, 'sign-1280.png'), fullPage: true });
  await checkNarrow(page, info.outputDir, 'sign');
  await page.getByRole('button', { name: 'Gros caractères' }).click();
  await expect(page.locator('.sign-text.large-print')).toBeVisible();
  await expectAccessible(page);

  // Typed consent: a first name alone is refused; the name without accents or capitals is the name.
  await page.getByLabel('Nom tapé et case cochée').check();
  const personName = page.getByLabel(/^Nom tapé par la personne/);
  await personName.fill('Hélène');
  await page.getByLabel(/^Nom tapé par l’aidant·e/).fill('camille aidante');
  await page.getByLabel('La personne a lu le mandat', { exact: false }).check();
  await page.getByRole('button', { name: 'Enregistrer l’accord' }).click();
  await expect(personName).toBeFocused();
  await expect(personName).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await personName.fill('helene martin');
  await page.getByRole('button', { name: 'Enregistrer l’accord' }).click();
  await expect(item.locator('.badge')).toHaveText('Valide');

  // Withdrawn by phone, no reason given.
  await item.getByRole('button', { name: 'Révoquer' }).click();
  await page.getByLabel('Action à retirer').selectOption({ label: PRINTER });
  // The blank form, printed for the person, matches; « Retour » comes back to the withdrawal as it was.
  await page.getByRole('button', { name: 'Imprimer le formulaire de retrait à remplir' }).click();
  await expect(page.locator('.print-page')).toContainText('04 78 00 12 34');
  await expect(page.locator('.print-page')).toContainText('Les Binômes du Rhône');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Retour', exact: false }).first().click();
  await expect(page.getByLabel('Action à retirer')).toHaveValue(/.+/);
  await expect(page.getByLabel('Action à retirer').locator('option:checked')).toHaveText(PRINTER);
  await expect(page.getByLabel('Par téléphone')).toBeChecked();
  await expect(page.getByLabel('Motif (facultatif)')).toHaveValue('');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer la révocation' }).click();
  await expect(item.locator('.badge')).toHaveText('Valide');
  await expectStruck(item, PRINTER);
  // Journaled with how it was received.
  await page.getByText(/^Journal des mandats/).click();
  await expect(page.locator('.mandate-journal')).toContainText(/par téléphone, le \d{1,2}(er)? \p{L}+ \d{4} à \d{1,2} h \d{2}/u);

  // « Lire »
  await item.getByRole('button', { name: /^Lire :/ }).click();
  await expectStruck(page.locator('main'), PRINTER);
  await page.screenshot({ path: join(info.outputDir, 'read-1280.png'), fullPage: true });
  await checkNarrow(page, info.outputDir, 'read');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Retour à la fiche' }).click();

  // Both print views, and the PDF Chromium writes from the print view.
  await item.getByRole('button', { name: 'Imprimer', exact: true }).click();
  await expect(page.locator('[data-print-ready]')).toBeVisible();
  await expectStruck(page.locator('.print-page'), PRINTER);
  await page.screenshot({ path: join(info.outputDir, 'print-1280.png'), fullPage: true });
  const pdfPath = join(info.outputDir, 'mandat.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdfPath))), { mergePages: true });
  expect(pdfText).toContain(PRINTER);
  expect(pdfText).toMatch(/retiré le \d{1,2}(er)? \p{L}+ \d{4}/u);
  expect(pdfText).toContain('04 78 00 12 34');
  await page.getByRole('button', { name: 'Passer en gros caractères' }).click();
  await expect(page.locator('.print-page.large-print')).toBeVisible();
  await expectStruck(page.locator('.print-page'), PRINTER);
  await page.screenshot({ path: join(info.outputDir, 'print-large-1280.png'), fullPage: true });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Retour à la fiche' }).click();

  // The guide the person keeps ends its warning with the association's number.
  await page.getByRole('button', { name: 'Répétition sur place' }).click();
  await page.getByRole('button', { name: 'Imprimer le guide en gros caractères' }).click();
  await expect(page.getByText('raccrochez et appelez l’association Les Binômes du Rhône au 04 78 00 12 34', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Retour à la fiche' }).click();

  // The session: the preparation shows it struck, and a request for it is not « Prévu au mandat ».
  await page.getByRole('button', { name: 'Démarrer une séance' }).click();
  await expect(page.getByRole('heading', { name: 'Séance avec Hélène Martin', level: 1 })).toBeVisible();
  await expectStruck(page.locator('main'), PRINTER);
  await expect(page.getByText('Pas de répétition sur place', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await checkNarrow(page, info.outputDir, 'preparation');
  const field = page.getByLabel('Ce que la personne demande');
  await field.fill('installer son imprimante');
  const verdict = page.locator('.scope-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', /^(check|out_of_scope|unclear)$/);
  await expect(verdict).not.toContainText('Prévu au mandat');
});
