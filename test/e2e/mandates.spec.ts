import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { openWithPhrase } from './data-key';
import { expect, expectAccessible, test } from './fixtures';

async function addPerson(page: Page, name: string) {
  await page.getByLabel('Nom et prénom').fill(name);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toContainText(name);
  await page.getByRole('button', { name: `Ouvrir la fiche de ${name}` }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** A signature as a person draws it: pointer down, a wavy stroke, pointer up. */
async function draw(page: Page, canvas: Locator) {
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + 30 + i * 15, box.y + box.height / 2 + (i % 2 ? -25 : 25), { steps: 2 });
  await page.mouse.up();
}

async function fillDraft(page: Page, opts: { items: boolean }) {
  await page.getByLabel('Nom de l’aidant·e').fill('Camille Aidante');
  await page.getByLabel('Association').fill('Les Binômes du Rhône');
  if (opts.items) {
    await page.getByLabel('Installer ou régler une imprimante').check();
    await page.getByLabel('Logement', { exact: true }).check();
    await page.getByLabel('Autre action').fill('Configurer la visio avec sa petite-fille');
    await page.getByRole('button', { name: 'Ajouter' }).first().click();
    await expect(page.getByText('Configurer la visio avec sa petite-fille', { exact: true })).toBeVisible();
  }
  await page.getByLabel('Lieu de signature (ville)').fill('Lyon');
}

test('write, sign, print, revoke one item, restart: the mandate is all still there', async ({ page, app }, info) => {
  await page.goto(app.url);
  await addPerson(page, 'Hélène Martin');
  await expect(page.getByText('Aucun mandat pour l’instant')).toBeVisible();
  await expect(page.getByTestId('mandate-check')).toContainText('Aucun mandat pour cette personne');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Préparer un nouveau mandat' }).click();
  await expect(page.getByRole('heading', { name: 'Nouveau mandat' })).toBeVisible();
  // The protective exclusions and Quick Assist come ticked.
  await expect(page.getByLabel('Aucun achat, paiement ou abonnement')).toBeChecked();
  await expect(page.getByLabel('Assistance rapide (Quick Assist de Microsoft)')).toBeChecked();
  await fillDraft(page, { items: true });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

  const item = page.locator('.mandate-item');
  await expect(item.locator('.badge')).toHaveText('Brouillon, non signé');
  await expect(item).toContainText('Non signé : ce mandat ne permet encore aucune séance.');
  await item.getByRole('button', { name: 'Faire signer' }).click();
  await expect(page.getByRole('heading', { name: 'Accord de Hélène Martin' })).toBeVisible();
  await expectAccessible(page);
  await draw(page, page.getByRole('img', { name: 'Signature de la personne (Hélène Martin)' }));
  await draw(page, page.getByRole('img', { name: 'Signature de l’aidant·e (Camille Aidante)' }));
  await page.getByRole('button', { name: 'Enregistrer l’accord' }).click();

  await expect(item.locator('.badge')).toHaveText('Valide');
  await expect(page.getByTestId('mandate-check')).toContainText('Mandat valide jusqu’au');
  const code = (await item.locator('.attestation-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}$/);
  await expectAccessible(page);

  // Print: Chromium's own print-to-PDF on the print view (what the browser's dialog saves).
  await item.getByRole('button', { name: 'Imprimer', exact: true }).click();
  await expect(page.locator('[data-print-ready]')).toBeVisible();
  await expect(page.locator('.print-page img')).toHaveCount(2);
  await expectAccessible(page);
  const pdfPath = join(info.outputDir, 'mandat.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  expect(existsSync(pdfPath)).toBe(true);
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfPath)));
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain('Hélène Martin');
  expect(text).toContain(code);
  expect(text).toContain('Configurer la visio avec sa petite-fille');
  expect(text).not.toContain('Imprimer ou enregistrer en PDF');
  await page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).click();
  await expect(page.getByRole('status')).toHaveText('Impression notée dans le journal du mandat.');
  await page.getByRole('button', { name: 'Passer en gros caractères' }).click();
  await expect(page.locator('.print-page.large-print')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Retour à la fiche' }).click();

  await item.getByRole('button', { name: 'Révoquer' }).click();
  await expect(page.getByRole('heading', { name: 'Révoquer le mandat de Hélène Martin' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Action à retirer').selectOption({ label: 'Installer ou régler une imprimante' });
  await page.getByLabel('Motif').fill('La personne a changé d’imprimante.');
  await page.getByRole('button', { name: 'Enregistrer la révocation' }).click();
  await expect(item).toContainText('Installer ou régler une imprimante (retirée le');
  await expect(item.locator('.badge')).toHaveText('Valide');

  await app.restart();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Ouvrir la fiche de Hélène Martin' }).click();
  await expect(item.locator('.badge')).toHaveText('Valide');
  await expect(item).toContainText('Installer ou régler une imprimante (retirée le');
  await expect(item.locator('.attestation-code')).toHaveText(code);
  await expect(item).not.toContainText('Attention');
  await item.getByRole('button', { name: /^Lire :/ }).click();
  const signatures = page.locator('img.signature-image');
  await expect(signatures).toHaveCount(2);
  await expect(page.getByRole('img', { name: 'Signature de Hélène Martin' })).toBeVisible();
  expect(await signatures.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expectAccessible(page);
});

test('bad input: empty scope and an empty signature are refused in French, nothing saved', async ({ page, app }) => {
  await page.goto(app.url);
  await addPerson(page, 'Albert Durand');
  await page.getByRole('button', { name: 'Préparer un nouveau mandat' }).click();
  await fillDraft(page, { items: false });
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByRole('alert').first()).toHaveText('Ajoutez au moins une action prévue.');
  await expectAccessible(page);

  // The same action twice (ticked in the catalogue and typed again).
  await page.getByLabel('Installer ou régler une imprimante').check();
  await page.getByLabel('Autre action').fill('Installer ou régler une imprimante');
  await page.getByRole('button', { name: 'Ajouter' }).first().click();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByRole('alert').first()).toHaveText('L’action « Installer ou régler une imprimante » est déjà dans la liste.');
  await page.getByRole('button', { name: 'Retirer « Installer ou régler une imprimante »' }).click();
  await page.getByLabel('Installer ou régler une imprimante').uncheck();

  // Ending before it starts.
  await page.getByLabel('Windows', { exact: false }).first().check();
  await page.getByLabel('Choisir les dates').check();
  await page.getByLabel('Premier jour').fill('2026-06-10');
  await page.getByLabel('Dernier jour (inclus)').fill('2026-06-01');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByRole('alert').first()).toHaveText('La date de fin ne peut pas être avant la date de début.');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByText('Aucun mandat pour l’instant')).toBeVisible();

  // A valid draft, then the signature screen with nothing drawn.
  await page.getByRole('button', { name: 'Préparer un nouveau mandat' }).click();
  await fillDraft(page, { items: false });
  await page.getByLabel('Faire les mises à jour de Windows').check();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  const item = page.locator('.mandate-item');
  await item.getByRole('button', { name: 'Faire signer' }).click();
  await page.getByRole('button', { name: 'Enregistrer l’accord' }).click();
  await expect(page.getByRole('alert')).toHaveText('La signature de la personne est vide : faites-la signer dans le premier cadre.');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(item.locator('.badge')).toHaveText('Brouillon, non signé');

  // Typed alternative without the tick: refused too.
  await item.getByRole('button', { name: 'Faire signer' }).click();
  await page.getByLabel('Nom tapé et case cochée').check();
  await page.getByLabel('Nom tapé par la personne').fill('Albert Durand');
  await page.getByLabel('Nom tapé par l’aidant·e').fill('Camille Aidante');
  await page.getByRole('button', { name: 'Enregistrer l’accord' }).click();
  await expect(page.getByRole('alert')).toHaveText('La personne doit cocher la case d’accord.');
  await page.getByLabel('La personne a lu le mandat').check();
  await page.getByRole('button', { name: 'Enregistrer l’accord' }).click();
  await expect(item.locator('.badge')).toHaveText('Valide');
});

test('rehearsal checklist and the large-print guide; oral consent stays « non signé »', async ({ page, app }) => {
  await page.goto(app.url);
  await addPerson(page, 'Jeanne Moreau');
  await page.getByRole('button', { name: 'Répétition sur place' }).click();
  await expect(page.getByRole('heading', { name: 'Répétition de la connexion, sur place' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Ouvrir Assistance rapide par la recherche').check();
  await page.getByLabel('Taper le code sous « Obtenir de l’aide »').check();
  await page.getByLabel('La personne a refait la connexion seule').check();
  await page.getByRole('button', { name: 'Enregistrer la répétition' }).click();
  await expect(page.getByRole('status')).toContainText('enregistrée');
  await expect(page.getByText(/Répétition faite le .* \(2 étapes\)\. Refaite seule\./)).toBeVisible();
  await page.getByRole('button', { name: 'Imprimer le guide en gros caractères' }).click();
  await expect(page.getByRole('heading', { name: 'Recevoir de l’aide sur mon ordinateur' })).toBeVisible();
  await expect(page.getByText('Attention aux faux dépanneurs')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Retour à la fiche' }).click();
  await expect(page.getByText(/^Répétition faite le/)).toBeVisible();

  await page.getByRole('button', { name: 'Préparer un nouveau mandat' }).click();
  await fillDraft(page, { items: false });
  await page.getByLabel('Régler l’accessibilité').check();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  const item = page.locator('.mandate-item');
  await item.getByRole('button', { name: 'Faire signer' }).click();
  await page.getByLabel('Accord oral seulement').check();
  await expect(page.getByText('Un accord oral ne remplace pas une signature')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer l’accord oral (non signé)' }).click();
  await expect(item.locator('.badge')).toHaveText('Accord oral, non signé');
  await expect(page.getByTestId('mandate-check')).toContainText('faites signer le mandat avant la séance');
  await expectAccessible(page);
});

test('amendment keeps the old version; a mandate altered outside the app is flagged', async ({ page, app }) => {
  await page.goto(app.url);
  await addPerson(page, 'Paul Lefort');
  await page.getByRole('button', { name: 'Préparer un nouveau mandat' }).click();
  await fillDraft(page, { items: false });
  await page.getByLabel('Transférer des photos').check();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  const items = page.locator('.mandate-item');
  await items.getByRole('button', { name: 'Faire signer' }).click();
  await page.getByLabel('Signé sur papier').check();
  await page.getByLabel('Qui garde l’original signé').fill('Le classeur de l’association');
  await page.getByRole('button', { name: 'Enregistrer l’accord' }).click();
  await expect(items.locator('.badge')).toHaveText('Valide');

  await items.getByRole('button', { name: 'Préparer un avenant' }).click();
  await expect(page.getByRole('heading', { name: 'Modifier le brouillon du mandat' })).toBeVisible();
  await expect(page.getByLabel('Transférer des photos')).toBeChecked();
  await page.getByLabel('Sauvegarder des fichiers').check();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Mandat version 2');
  await expect(items.nth(0).locator('.badge')).toHaveText('Brouillon, non signé');
  await expect(items.nth(1).locator('.badge')).toHaveText('Valide');
  await page.getByText(/^Journal des mandats/).click();
  await expect(page.locator('.mandate-journal li')).toHaveCount(3);
  await expect(page.locator('.mandate-journal')).toContainText('Mandat signé (sur papier).');
  await expectAccessible(page);

  // Someone widens the signed scope directly in the database file.
  const db = await openWithPhrase(app.dataDir);
  const row = db.prepare('SELECT id, content FROM mandates WHERE version = 1').get() as { id: string; content: string };
  const content = JSON.parse(row.content);
  content.scopeItems[0].label = 'Faire des virements bancaires';
  db.prepare('UPDATE mandates SET content = ? WHERE id = ?').run(JSON.stringify(content), row.id);
  db.close();
  await page.reload();
  await page.getByRole('button', { name: 'Ouvrir la fiche de Paul Lefort' }).click();
  await expect(items.nth(1)).toContainText('ne correspond plus à son code d’attestation');
  await expect(page.getByTestId('mandate-check')).toContainText('Ne démarrez pas la séance');
  await expectAccessible(page);
});
