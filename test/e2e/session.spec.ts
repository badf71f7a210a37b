import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

const MIN = 60_000;

const seed = (page: Page, withMandate: boolean) =>
  seedPerson(page, { name: 'Hélène Martin', ...(withMandate ? { scopeItems: ['Installer l’imprimante', 'Créer une adresse e-mail'] } : {}) });

async function openPersonAndStart(page: Page) {
  await page.getByRole('button', { name: /Ouvrir la fiche de Hélène Martin/ }).click();
  await page.getByRole('button', { name: 'Démarrer une séance' }).click();
  await expect(page.getByRole('heading', { name: 'Séance avec Hélène Martin', level: 1 })).toBeVisible();
}

const stepHeading = (page: Page, name: string) => page.locator('#step-title', { hasText: name });
const next = (page: Page) => page.getByRole('button', { name: 'Étape suivante →' }).click();
const countdown = (page: Page) => page.locator('.countdown-time time');
const seconds = (label: string) => Number(label.slice(0, 2)) * 60 + Number(label.slice(3));

test('full session under a signed mandate: code expires and is renewed, server restarts mid-way, recap, clôture', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: Date.now() });
  await page.goto(app.url);
  await seed(page, true);
  await openPersonAndStart(page);

  // Préparation: the mandate check says it is valid; the anti-scam reminder is there.
  await expect(page.getByText('Mandat valide.')).toBeVisible();
  await expect(page.getByText('Rappel anti-arnaque :')).toBeVisible();
  await page.getByLabel(/Ne donnez jamais de code/).click(); // ticked only once the service confirms
  await expect(page.getByLabel(/Ne donnez jamais de code/)).toBeChecked();
  // The laptop's only profile is chosen; what is planned today is not, and the step says so.
  await expect(page.getByLabel('L’aidant·e de cette séance')).toHaveValue(/.+/);
  await expect(page.getByText('La personne verra le nom « Camille A. » avant de cliquer sur « Autoriser ».')).toBeVisible();
  await next(page);
  await expect(page.getByText(/Cochez ce qui est prévu aujourd’hui/).last()).toBeVisible();
  const plan = page.getByRole('group', { name: 'Au programme aujourd’hui' });
  for (const item of ['Installer l’imprimante', 'Créer une adresse e-mail']) {
    await plan.getByLabel(item).click(); // ticked once the service has logged the plan
    await expect(plan.getByLabel(item)).toBeChecked();
  }
  await expectAccessible(page);
  await next(page);
  // Appel: the person opens Quick Assist; no code is offered before she sees the code box.
  await expect(stepHeading(page, 'Appel')).toBeVisible();
  await next(page);
  await expect(page.getByText(/puis cliquez sur « La personne voit la case du code »/)).toBeVisible();
  await expect(stepHeading(page, 'Appel')).toBeVisible();
  await page.getByRole('button', { name: 'La personne voit la case du code' }).click();
  await expect(page.getByText('✓ La personne voit la case du code.')).toBeVisible();
  await next(page);

  // Code: typed, shown 3+3 with the spelling aid and the look-alike marked.
  await expect(stepHeading(page, 'Code de sécurité')).toBeVisible();
  await page.getByLabel('Code affiché par l’Assistance rapide').fill('ab1 2o3');
  await page.getByRole('button', { name: 'Noter le code' }).click();
  await expect(page.locator('.code-group')).toHaveText(['AB1', '2O3']);
  await expect(page.getByText('A comme Anatole')).toBeVisible();
  await expect(page.getByText(/la lettre O, pas le chiffre zéro/)).toBeVisible();
  expect(seconds(await countdown(page).innerText())).toBeGreaterThan(9 * 60 + 50);
  await expectAccessible(page);

  // The server dies; 3 minutes later it is back: same step, countdown still right.
  await app.restart('SIGKILL', { BINOME_CLOCK_OFFSET_MS: String(3 * MIN) });
  await page.clock.fastForward(3 * MIN);
  await page.goto(app.url);
  await expect(stepHeading(page, 'Code de sécurité')).toBeVisible();
  await expect(page.locator('.code-group')).toHaveText(['AB1', '2O3']);
  await expect.poll(async () => seconds(await countdown(page).innerText())).toBeLessThanOrEqual(7 * 60);
  expect(seconds(await countdown(page).innerText())).toBeGreaterThan(6 * 60 + 45);

  // 2:00 warning, then expiry; the service (its clock moved too) logs it.
  await page.clock.fastForward(5 * MIN + 5_000);
  await expect(page.locator('.countdown-warning')).toHaveText(/Moins de 2 minutes/);
  await expect(page.getByRole('status').filter({ hasText: 'le code expire dans 2 minutes' })).toHaveCount(1);
  await app.restart('SIGTERM', { BINOME_CLOCK_OFFSET_MS: String(10 * MIN + 30_000) });
  await page.clock.fastForward(2 * MIN + 30_000);
  await page.goto(app.url);
  await expect(page.getByText('Code expiré. Générez un nouveau code.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Nouveau code affiché par l’Assistance rapide').fill('XYZ789');
  await page.getByRole('button', { name: 'Nouveau code' }).click();
  await expect(page.locator('.code-group')).toHaveText(['XYZ', '789']);
  expect(seconds(await countdown(page).innerText())).toBeGreaterThan(9 * 60 + 50);

  await next(page);
  await expect(stepHeading(page, 'Saisie du code')).toBeVisible();
  await next(page);
  // The person is connected: the countdown stops.
  await expect(stepHeading(page, 'Partage d’écran')).toBeVisible();
  await expect(page.locator('.countdown')).toHaveCount(0);
  // The name Quick Assist shows comes from the helper's profile, to be checked before « Autoriser ».
  await expect(page.getByText(/Vous allez voir mon nom : “Camille A\.”/)).toBeVisible();
  await next(page);
  await page.getByRole('button', { name: 'La personne m’a donné le contrôle' }).click();
  await expect(page.getByText('Vous avez le contrôle de l’ordinateur.')).toBeVisible();
  await next(page);

  // Travail: today's plan as a checklist, time against the planned 45 min.
  await expect(stepHeading(page, 'Travail')).toBeVisible();
  await expect(page.getByText(/Temps de travail : 0 min sur 45 min prévues/)).toBeVisible();
  const printer = page.getByRole('group', { name: 'Installer l’imprimante' });
  await printer.getByLabel('Fait', { exact: true }).click();
  await expect(printer.getByLabel('Fait', { exact: true })).toBeChecked();
  const email = page.getByRole('group', { name: 'Créer une adresse e-mail' });
  await email.getByLabel('Note courte (facultatif)').fill('manque le téléphone');
  await email.getByLabel('Reporté').click();
  await expect(email.getByLabel('Reporté')).toBeChecked();
  await expect(page.locator('[data-scope-guard]')).toHaveCount(1);
  await expectAccessible(page);
  // 46 minutes later (renderer clock): the planned 45 minutes are exceeded.
  await page.clock.fastForward(46 * MIN);
  await expect(page.getByText(/Durée prévue dépassée/)).toBeVisible();
  await next(page);
  await expect(stepHeading(page, 'Fin du contrôle')).toBeVisible();
  await next(page);
  await expect(page.getByText('Le contrôle est toujours actif : arrêtez-le dans l’Assistance rapide, puis cliquez sur « J’ai arrêté le contrôle ».')).toBeVisible();
  await page.getByRole('button', { name: 'J’ai arrêté le contrôle' }).click();
  await expect(page.getByText('Vous n’avez pas le contrôle.')).toBeVisible();
  await next(page);

  // Fin du partage: not left until the person has closed Quick Assist.
  await expect(stepHeading(page, 'Fin du partage')).toBeVisible();
  await next(page);
  await expect(page.getByText(/Assistance rapide fermée chez la personne/).last()).toBeVisible();
  await page.getByLabel(/La personne a fermé l’Assistance rapide/).click();
  await expect(page.getByLabel(/La personne a fermé l’Assistance rapide/)).toBeChecked();
  await expectAccessible(page);
  await next(page);

  // Récapitulatif from the checklist.
  await expect(stepHeading(page, 'Récapitulatif')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ce qui est fait' })).toContainText('Installer l’imprimante');
  await expect(page.getByRole('region', { name: 'Ce qui est reporté à une prochaine fois' })).toContainText('Créer une adresse e-mail — manque le téléphone');
  await expectAccessible(page);
  await next(page);

  await page.getByLabel('Autre demande (hors mandat)').fill('Installer un antivirus');
  await page.getByRole('button', { name: 'Noter pour une prochaine séance' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Installer un antivirus' })).toBeVisible();
  await next(page);

  await expect(stepHeading(page, 'Clôture')).toBeVisible();
  await page.getByRole('button', { name: 'Clôturer la séance' }).click();
  await expect(page.getByText(/Avant de clôturer, cochez la liste/)).toBeVisible();
  await expect(page.getByLabel(/La personne a fermé l’Assistance rapide/)).toBeChecked();
  for (const label of [/Rien n’est resté ouvert/, /Aucun mot de passe/, /fichiers téléchargés/]) {
    await page.getByLabel(label).click();
    await expect(page.getByLabel(label)).toBeChecked();
  }
  // One planned item postponed: the recap says « partielle », and so does the outcome offered.
  await expect(page.getByText('Issue proposée d’après le récapitulatif : Partielle.')).toBeVisible();
  await expect(page.getByLabel('Partielle')).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clôturer la séance' }).click();

  await expect(page.getByRole('heading', { name: 'Séance close avec Hélène Martin' })).toBeVisible();
  await expect(page.getByText('Cette séance est close : elle ne peut plus être modifiée.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ce qui n’est pas prévu dans le mandat' })).toContainText('Installer un antivirus');
  await expect(page.getByRole('button', { name: 'Étape suivante →' })).toHaveCount(0);
  await expectAccessible(page);
});

test('without a mandate, keyboard only: refused, reason logged, shortcuts, note, troubleshooting, compact panel', async ({ page, app }) => {
  await page.goto(app.url);
  await seed(page, false);
  await openPersonAndStart(page);
  await expect(page.getByText('Pas de mandat valide.')).toBeVisible();
  await expectAccessible(page);

  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByText(/Aucun mandat pour cette personne/).last()).toBeVisible();
  await expect(stepHeading(page, 'Préparation')).toBeVisible();

  await page.getByLabel('Raison de continuer sans mandat valide').focus();
  await page.keyboard.type('Mandat papier signé ce matin');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continuer sans mandat valide' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Dérogation notée : Mandat papier signé ce matin')).toBeVisible();

  // A talking point ticked with the space bar.
  await page.getByLabel(/Je ferai seulement ce que nous avons écrit/).focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/Je ferai seulement ce que nous avons écrit/)).toBeChecked();

  await page.keyboard.press('Alt+ArrowRight');
  await expect(stepHeading(page, 'Appel')).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(stepHeading(page, 'Préparation')).toBeVisible();
  // A press while the previous command is in flight is ignored (no double step): wait between them.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(stepHeading(page, 'Appel')).toBeVisible();
  // The code waits for the code box: said with the keyboard too.
  await page.getByRole('button', { name: 'La personne voit la case du code' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('✓ La personne voit la case du code.')).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(stepHeading(page, 'Code de sécurité')).toBeVisible();

  // Alt+N: a note, written and added with the keyboard.
  await page.keyboard.press('Alt+n');
  await expect(page.getByLabel('Nouvelle note')).toBeFocused();
  await page.keyboard.type('La personne rappelle à 15 h');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.note-list')).toContainText('La personne rappelle à 15 h');

  // Troubleshooting from the keyboard: open the disclosure, then a card.
  await page.getByRole('button', { name: 'Dépannage' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Dépannage' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Obtenez un nouveau code : cliquez de nouveau sur « Aider quelqu’un »/)).toBeVisible();
  await expectAccessible(page);

  // Skip with a reason.
  await page.getByRole('button', { name: 'Passer l’étape…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Pourquoi passer cette étape ?').focus();
  await page.keyboard.type('déjà connectée');
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Saisie du code')).toBeVisible();

  // Compact panel (browser mode: the page itself takes the 380 px layout).
  await page.getByRole('button', { name: 'Panneau compact' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'panel');
  expect((await page.locator('main').boundingBox())!.width).toBeLessThanOrEqual(380);
  await expectAccessible(page);

  // Closing the app and coming back goes straight to the open session, same step.
  await app.restart();
  await page.goto(app.url);
  await expect(stepHeading(page, 'Saisie du code')).toBeVisible();
});

test('talking points: edited in settings, said in the session, restored to the default', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Réglages' }).click();
  const field = page.getByLabel('Appel, phrase 3');
  await expect(field).toHaveValue('Tout à l’heure, pendant que je travaille, ne touchez pas la souris.');
  await field.fill('Tout à l’heure, madame Martin, ne touchez pas la souris.');
  await page.getByRole('region', { name: 'Phrases à dire pendant la séance' }).getByRole('button', { name: 'Enregistrer la phrase' }).nth(5).click();
  await expect(page.getByText('Phrase enregistrée.')).toBeVisible();
  await expectAccessible(page);

  await seed(page, false);
  await page.getByRole('button', { name: 'Personnes accompagnées' }).click();
  await openPersonAndStart(page);
  await page.getByLabel('Raison de continuer sans mandat valide').fill('Mandat papier signé ce matin');
  await page.getByRole('button', { name: 'Continuer sans mandat valide' }).click();
  await expect(page.getByText(/Dérogation notée/)).toBeVisible();
  await next(page);
  await expect(page.getByLabel('« Tout à l’heure, madame Martin, ne touchez pas la souris. »')).toBeVisible();

  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: 'Texte d’origine' }).click();
  await expect(page.getByText('Texte d’origine remis.')).toBeVisible();
  await expect(page.getByLabel('Appel, phrase 3')).toHaveValue('Tout à l’heure, pendant que je travaille, ne touchez pas la souris.');
});
