import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

/**
 * Issue 12 at the size the panel is made for (380 × 600 beside Quick Assist): no dead end without a
 * mandate, a recap measured on today's plan, and the person opening Quick Assist before any code.
 */

const stepHeading = (page: Page, name: string) => page.locator('#step-title', { hasText: name });
const next = (page: Page) => page.getByRole('button', { name: 'Étape suivante →' }).click();

async function startSessionWith(page: Page, name: string) {
  await page.getByRole('button', { name: `Ouvrir la fiche de ${name}` }).click();
  await page.getByRole('button', { name: 'Démarrer une séance' }).click();
  await expect(page.getByRole('heading', { name: `Séance avec ${name}`, level: 1 })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 380, height: 600 });
});

test('a session started without a mandate is left with a reason (« Interrompue »), and the person can then be erased', async ({ page, app }, info) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Odette Sansmandat' });
  await startSessionWith(page, 'Odette Sansmandat');
  await expect(page.getByText('Pas de mandat valide.')).toBeVisible();

  // Erasing now is refused, and the refusal says what to do first.
  await page.getByRole('button', { name: 'Personnes accompagnées' }).click();
  await page.getByRole('button', { name: 'Ouvrir la fiche de Odette Sansmandat' }).click();
  const erase = page.getByRole('region', { name: 'Effacer les données de cette personne' });
  await erase.getByRole('button', { name: 'Effacer les données de Odette Sansmandat…' }).click();
  await erase.getByLabel(/Pour confirmer, recopiez le nom/).fill('Odette Sansmandat');
  await erase.getByLabel(/Pour confirmer, recopiez le nom/).press('Enter');
  await expect(erase.getByRole('alert')).toContainText('ouvrez-la, puis terminez-la ou interrompez-la');

  // Back in the session (still at préparation): left from there, with a reason the record keeps.
  await page.getByRole('button', { name: 'Reprendre la séance en cours' }).click();
  await expect(stepHeading(page, 'Préparation')).toBeVisible();
  await page.getByRole('button', { name: 'Interrompre la séance…' }).click();
  await page.getByRole('button', { name: 'Interrompre la séance', exact: true }).click();
  await expect(page.getByText(/Indiquez en quelques mots pourquoi vous interrompez la séance/)).toBeVisible();
  await page.getByLabel('Pourquoi interrompre la séance ?').fill('pas de mandat signé');
  await page.screenshot({ path: info.outputPath('abandon-380.png') });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Interrompre la séance', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Séance close avec Odette Sansmandat' })).toBeVisible();
  await expect(page.locator('.facts')).toContainText('Interrompue');
  await expect(page.locator('.facts')).toContainText('pas de mandat signé');
  await expectAccessible(page);

  // The app no longer reopens on it, and the person's data can be erased.
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ouvrir la fiche de Odette Sansmandat' }).click();
  await expect(page.getByRole('button', { name: 'Reprendre la séance en cours' })).toHaveCount(0);
  await erase.getByRole('button', { name: 'Effacer les données de Odette Sansmandat…' }).click();
  await erase.getByLabel(/Pour confirmer, recopiez le nom/).fill('Odette Sansmandat');
  await erase.getByLabel(/Pour confirmer, recopiez le nom/).press('Enter');
  const report = page.getByRole('dialog', { name: 'Données effacées' });
  await expect(report).toContainText('1 séance');
  await report.getByRole('button', { name: 'Retour à la liste des personnes' }).click();
  await expect(page.getByRole('button', { name: 'Ouvrir la fiche de Odette Sansmandat' })).toHaveCount(0);
});

test('a 4-action mandate with 1 action planned today and done: Quick Assist opened before the code, the sharing ended before « je ne vois plus », « Terminée » offered', async ({ page, app }, info) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  const items = ['Installer l’imprimante', 'Créer une adresse e-mail', 'Mettre à jour Windows', 'Sauvegarder les photos'];
  await seedPerson(page, { name: 'Hélène Martin', scopeItems: items });
  await startSessionWith(page, 'Hélène Martin');

  // Préparation: one action of four planned today.
  const plan = page.getByRole('group', { name: 'Au programme aujourd’hui' });
  for (const item of items) await expect(plan.getByLabel(item)).not.toBeChecked();
  await plan.getByLabel('Installer l’imprimante').click();
  await expect(plan.getByLabel('Installer l’imprimante')).toBeChecked();
  await plan.screenshot({ path: info.outputPath('plan-380.png') });
  await page.screenshot({ path: info.outputPath('preparation-380.png'), fullPage: true });
  await expectAccessible(page);
  await next(page);

  // Appel: the prerequisites, then the person opens Quick Assist; no code field yet.
  await expect(stepHeading(page, 'Appel')).toBeVisible();
  await expect(page.getByText(/ordinateur est-il allumé et connecté à Internet/)).toBeVisible();
  await expect(page.getByText(/haut-parleur du téléphone, ou un casque/)).toBeVisible();
  await expect(page.getByText(/ne touchez pas la souris/)).toBeVisible();
  await expect(page.getByText(/cliquez sur la loupe\. Tapez “Assistance rapide”/)).toBeVisible();
  await expect(page.getByLabel('Code affiché par l’Assistance rapide')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('call-380.png'), fullPage: true });
  await page.getByRole('button', { name: 'La personne voit la case du code' }).click();
  await expect(page.getByText('✓ La personne voit la case du code.')).toBeVisible();
  await next(page);

  await expect(stepHeading(page, 'Code de sécurité')).toBeVisible();
  await page.getByLabel('Code affiché par l’Assistance rapide').fill('K7P 2MX');
  await page.getByRole('button', { name: 'Noter le code' }).click();
  await expect(page.locator('.code-group')).toHaveText(['K7P', '2MX']);
  await page.screenshot({ path: info.outputPath('code-380.png') });
  await next(page);
  await next(page);
  await expect(stepHeading(page, 'Partage d’écran')).toBeVisible();
  await expect(page.getByText(/Vous allez voir mon nom : “Camille A\.”/)).toBeVisible();
  await next(page);
  await page.getByRole('button', { name: 'La personne m’a donné le contrôle' }).click();
  await next(page);

  // Travail: only today's plan is the checklist.
  await expect(stepHeading(page, 'Travail')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Installer l’imprimante' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Mettre à jour Windows' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Installer l’imprimante' }).getByLabel('Fait', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Installer l’imprimante' }).getByLabel('Fait', { exact: true })).toBeChecked();
  await next(page);

  // Fin du contrôle: the helper still sees the screen, and the panel says so.
  await expect(stepHeading(page, 'Fin du contrôle')).toBeVisible();
  await page.getByRole('button', { name: 'J’ai arrêté le contrôle' }).click();
  await expect(page.getByText(/Mais je vois encore votre écran/)).toBeVisible();
  await expect(page.getByText(/je ne vois plus votre écran/)).toHaveCount(0);
  await next(page);
  await expect(stepHeading(page, 'Fin du partage')).toBeVisible();
  await expect(page.getByText(/je ne vois plus votre écran/)).toHaveCount(0);
  await page.getByLabel(/La personne a fermé l’Assistance rapide/).click();
  await expect(page.getByLabel(/La personne a fermé l’Assistance rapide/)).toBeChecked();
  await page.screenshot({ path: info.outputPath('end-sharing-380.png'), fullPage: true });
  await next(page);

  // Récapitulatif: on today's plan, not on the whole mandate; only now « je ne vois plus votre écran ».
  await expect(stepHeading(page, 'Récapitulatif')).toBeVisible();
  await expect(page.getByText(/je ne vois plus votre écran/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ce qui est fait' })).toContainText('Installer l’imprimante');
  await expect(page.getByText('Mettre à jour Windows')).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('recap-380.png'), fullPage: true });
  await expectAccessible(page);
  await next(page);
  await next(page);

  // Clôture: « Terminée » is what the recap says, and is already chosen.
  await expect(stepHeading(page, 'Clôture')).toBeVisible();
  await expect(page.getByText('Issue proposée d’après le récapitulatif : Terminée.')).toBeVisible();
  await expect(page.getByLabel('Terminée')).toBeChecked();
  for (const label of [/Rien n’est resté ouvert/, /Aucun mot de passe/, /fichiers téléchargés/]) {
    await page.getByLabel(label).click();
    await expect(page.getByLabel(label)).toBeChecked();
  }
  await page.screenshot({ path: info.outputPath('closing-380.png'), fullPage: true });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clôturer la séance' }).click();
  await expect(page.getByRole('heading', { name: 'Séance close avec Hélène Martin' })).toBeVisible();
  await expect(page.locator('.facts')).toContainText('Terminée');
  await expect(page.locator('.facts')).toContainText('Camille Aidante');
});
