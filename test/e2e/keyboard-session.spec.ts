import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

/*
 * Issue 7: a whole guided session with the keyboard only. After the page is loaded and the data
 * seeded through the bridge (setup, not UI), every interaction is a key press: no click, fill,
 * focus, check or selectOption. A control that cannot be reached, or focus lost after an action,
 * fails here.
 */

const NAME = 'Hélène Martin';

/** A short description of the focused element, for failure messages. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body>';
    const label = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.slice(0, 40) ?? '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${label}`.trim();
  });

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails with the path taken if it never does. */
async function tabTo(page: Page, target: Locator, { max = 40, back = false } = {}) {
  const path: string[] = [];
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) return;
    path.push(await describeFocus(page));
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} never got the focus after ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}:\n${path.join('\n')}`);
}

/** The focused element shows the app's focus ring (styles.css: an outline on :focus-visible). */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(ring, `focused element ${await describeFocus(page)}`).not.toBeNull();
  const visible = (ring!.outline !== 'none' && ring!.width > 0) || ring!.shadow !== 'none';
  expect(visible, `focus ring on ${await describeFocus(page)}: ${JSON.stringify(ring)}`).toBe(true);
}

const stepHeading = (page: Page, name: string) => page.locator('#step-title', { hasText: name });

/** Alt+→ (documented in the panel's shortcut list) moves to the next step. */
async function nextStep(page: Page, expected: string) {
  await page.keyboard.press('Alt+ArrowRight');
  await expect(stepHeading(page, expected)).toBeVisible();
}

test('a whole guided session, from the list of persons to the closed record, with the keyboard only', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await seedPerson(page, { name: NAME, scopeItems: ['Installer l’imprimante', 'Créer une adresse e-mail'] });
  const openPerson = page.getByRole('button', { name: `Ouvrir la fiche de ${NAME}` });
  await expect(openPerson).toBeVisible();

  // The skip link is the first stop; it takes the focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expectAccessible(page);

  await tabTo(page, openPerson);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  // The person's file replaced the list: its title holds the focus, not the page body.
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeFocused();

  const start = page.getByRole('button', { name: 'Démarrer une séance' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Séance avec ${NAME}`, level: 1 })).toBeFocused();

  // Préparation: the signed mandate is valid; the anti-scam reminder ticked with the space bar.
  await expect(stepHeading(page, 'Préparation')).toBeVisible();
  await expect(page.getByText('Mandat valide.')).toBeVisible();
  await expectAccessible(page);
  const antiScam = page.getByLabel(/Ne donnez jamais de code/);
  await tabTo(page, antiScam);
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(antiScam).toBeChecked();
  await expect(antiScam).toBeFocused();
  // Today's plan: both actions of the mandate, ticked with the space bar.
  for (const item of ['Installer l’imprimante', 'Créer une adresse e-mail']) {
    const box = page.getByRole('group', { name: 'Au programme aujourd’hui' }).getByLabel(item);
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }

  // The next-step button, reached with Tab and pressed with Enter (the shortcut is used further on).
  const next = page.getByRole('button', { name: 'Étape suivante →' });
  await tabTo(page, next);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Appel')).toBeVisible();
  await expect(next).toBeFocused();
  // The person sees the code box: said with Enter, then the code step.
  const codeBox = page.getByRole('button', { name: 'La personne voit la case du code' });
  await tabTo(page, codeBox, { max: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByText('✓ La personne voit la case du code.')).toBeVisible();
  await nextStep(page, 'Code de sécurité');

  // Code de sécurité: typed in its field, recorded with Enter; shown 3 + 3 with the spelling aid.
  const codeField = page.getByLabel('Code affiché par l’Assistance rapide');
  await tabTo(page, codeField);
  await page.keyboard.type('ab1 2o3');
  await page.keyboard.press('Enter');
  await expect(page.locator('.code-group')).toHaveText(['AB1', '2O3']);
  await expect(page.getByText('A comme Anatole')).toBeVisible();
  // The form gave way to the countdown: the focus goes there rather than to the page body.
  await expect(page.getByRole('heading', { name: 'Code à dicter' })).toBeFocused();

  await nextStep(page, 'Saisie du code');
  await nextStep(page, 'Partage d’écran');
  await nextStep(page, 'Prise de contrôle');

  // Contrôle: given with Enter on its button.
  const grant = page.getByRole('button', { name: 'La personne m’a donné le contrôle' });
  await tabTo(page, grant);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vous avez le contrôle de l’ordinateur.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'J’ai arrêté le contrôle' })).toBeFocused();
  await nextStep(page, 'Travail');

  // Travail: a note with Alt+N, the checklist with the space bar and the arrow keys.
  await page.keyboard.press('Alt+n');
  await expect(page.getByLabel('Nouvelle note')).toBeFocused();
  await page.keyboard.type('Imprimante branchée sur le port USB de gauche');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ajouter la note' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('.note-list')).toContainText('Imprimante branchée sur le port USB de gauche');

  const printer = page.getByRole('group', { name: 'Installer l’imprimante' });
  const printerDone = printer.getByLabel('Fait', { exact: true });
  // Tab enters a radio group with nothing chosen on its first choice.
  await tabTo(page, printerDone);
  await page.keyboard.press('Space');
  await expect(printerDone).toBeChecked();
  await expect(printerDone).toBeFocused();

  // Next group: Tab leaves the radios for the short note, then enters the next item's radios;
  // the arrow keys move the choice: Fait, Pas fait, Reporté.
  const email = page.getByRole('group', { name: 'Créer une adresse e-mail' });
  await page.keyboard.press('Tab');
  await expect(printer.getByLabel('Note courte (facultatif)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(email.getByLabel('Fait', { exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(email.getByLabel('Fait', { exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(email.getByLabel('Pas fait')).toBeChecked();
  await expect(email.getByLabel('Pas fait')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(email.getByLabel('Reporté')).toBeChecked();
  await expect(email.getByLabel('Reporté')).toBeFocused();
  await expectVisibleFocus(page);
  // The short note is saved when the field is left.
  await page.keyboard.press('Tab');
  await expect(email.getByLabel('Note courte (facultatif)')).toBeFocused();
  await page.keyboard.type('manque le téléphone');
  await page.keyboard.press('Tab');

  // The scope guard, from its shortcut: an out-of-scope request, noted for a new intervention.
  await page.keyboard.press('Alt+v');
  const request = page.getByLabel('Ce que la personne demande');
  await expect(request).toBeFocused();
  await page.keyboard.type('installer zoom pour parler avec ses petits enfants');
  const verdict = page.locator('[data-scope-guard] .scope-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'out_of_scope');
  // Tab goes from the field to the verdict's first decision.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Noter pour une nouvelle intervention' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-scope-guard] [role="status"]')).toContainText('installer zoom');
  await expect(request).toHaveValue('');
  // The decision buttons went with the request: the focus is back in the field.
  await expect(request).toBeFocused();
  await expect(page.locator('[data-scope-guard] summary')).toHaveText('1 vérification notée');
  await expectAccessible(page);

  // Fin du contrôle: stopped with Enter.
  await nextStep(page, 'Fin du contrôle');
  const stop = page.getByRole('button', { name: 'J’ai arrêté le contrôle' });
  await tabTo(page, stop);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vous n’avez pas le contrôle.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'La personne m’a donné le contrôle' })).toBeFocused();

  // Fin du partage: Quick Assist closed on the person's side, ticked with the space bar.
  await nextStep(page, 'Fin du partage');
  const closedQa = page.getByLabel(/La personne a fermé l’Assistance rapide/);
  await tabTo(page, closedQa);
  await page.keyboard.press('Space');
  await expect(closedQa).toBeChecked();

  // Récapitulatif, written from the checklist.
  await nextStep(page, 'Récapitulatif');
  await expect(page.getByRole('region', { name: 'Ce qui est fait' })).toContainText('Installer l’imprimante');
  await expect(page.getByRole('region', { name: 'Ce qui est reporté à une prochaine fois' })).toContainText('Créer une adresse e-mail — manque le téléphone');
  await expectAccessible(page);

  // Questions: another request, typed and noted with Enter.
  await nextStep(page, 'Questions');
  const other = page.getByLabel('Autre demande (hors mandat)');
  await tabTo(page, other);
  await page.keyboard.type('Installer un antivirus');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Installer un antivirus' })).toBeVisible();
  await expect(other).toBeFocused();

  // Clôture: the end-of-session list ticked with the space bar, the outcome chosen with an arrow key.
  await nextStep(page, 'Clôture');
  for (const label of [/Rien n’est resté ouvert/, /Aucun mot de passe/, /fichiers téléchargés/]) {
    const box = page.getByLabel(label);
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(box).toBeFocused();
  }
  // The outcome offered is the recap's (one planned action postponed: « Partielle »); Tab lands on it.
  const partial = page.getByLabel('Partielle');
  await expect(partial).toBeChecked();
  await tabTo(page, partial);
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Terminée')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(partial).toBeChecked();
  await expect(partial).toBeFocused();
  await expectAccessible(page);
  const close = page.getByRole('button', { name: 'Clôturer la séance' });
  await tabTo(page, close);
  await page.keyboard.press('Enter');

  // The closed record: read only, the recap there; the focus is not lost.
  const closedTitle = page.getByRole('heading', { name: `Séance close avec ${NAME}` });
  await expect(closedTitle).toBeVisible();
  await expect(closedTitle).toBeFocused();
  await expect(page.getByText('Cette séance est close : elle ne peut plus être modifiée.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ce qui est fait' })).toContainText('Installer l’imprimante');
  await expect(page.getByRole('region', { name: 'Ce qui n’est pas prévu dans le mandat' })).toContainText('Installer un antivirus');
  await expect(page.getByRole('region', { name: 'Ce qui n’est pas prévu dans le mandat' })).toContainText('installer zoom');
  await expect(page.locator('.facts')).toContainText('Partielle');
  await expect(page.getByRole('button', { name: 'Étape suivante →' })).toHaveCount(0);
  await expectAccessible(page);

  // The server restarts; the closed session is in the person's file, reached with the keyboard.
  await app.restart();
  await page.goto(app.url);
  await expect(openPerson).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, openPerson);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: NAME, level: 1 })).toBeVisible();
  const past = page.locator('.session-list').getByRole('button', { name: /Partielle/ });
  await expect(past).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Démarrer une séance' })).toBeVisible();
  await tabTo(page, past);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(closedTitle).toBeFocused();
  await expectVisibleFocus(page);
  await expect(page.getByRole('region', { name: 'Ce qui est reporté à une prochaine fois' })).toContainText('Créer une adresse e-mail — manque le téléphone');
  await expect(page.getByRole('button', { name: `Retour à la fiche de ${NAME}` })).toBeVisible();
  await expectAccessible(page);
});
