import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BinomeApi } from '../../shared/ipc/api';
import type { SessionCommand } from '../../shared/session/commands';
import { expect, expectAccessible, test } from './fixtures';
import { E2E_PHRASE } from './data-key';
import { SEED_HELPER, seedPerson } from './seed';

/** Sets the idle delay through the settings, as Réglages would. */
async function lockAfter(page: Page, seconds: number) {
  const saved = await page.evaluate(async (lockIdleSeconds) => {
    const b = (window as unknown as { binome: BinomeApi }).binome;
    const r = await b.updateSettings({ lockIdleSeconds });
    return r.ok ? r.value.lockIdleSeconds : r.error.message;
  }, seconds);
  expect(saved).toBe(seconds);
}

/** A session with Hélène whose security code is counting down, driven through the bridge. */
function sessionWithRunningCode(page: Page, personId: string) {
  return page.evaluate(async (id) => {
    const b = (window as unknown as { binome: BinomeApi }).binome;
    const started = await b.startSession({ personId: id });
    if (!started.ok) throw new Error(started.error.message);
    // Today's plan: every action of the mandate.
    const plan = started.value.planCandidates.map((c) => ({ id: c.id }));
    const commands: SessionCommand[] = [{ type: 'set_plan', items: plan }, { type: 'next' }, { type: 'confirm_code_box' }, { type: 'next' }, { type: 'generate_code', code: 'AB12CD' }];
    for (const command of commands) {
      const r = await b.sessionCommand({ sessionId: started.value.id, command });
      if (!r.ok) throw new Error(r.error.message);
    }
  }, personId);
}

const lockHeading = (page: Page) => page.getByRole('heading', { name: 'Binôme est verrouillé', level: 1 });

test('a PIN per helper: the idle lock hides every person, a wrong PIN is refused in French, the right one opens; a running code stays in sight', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  const helene = await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer l’imprimante'] });
  await seedPerson(page, { name: 'Jean Dupont' });

  // Réglages › Aidant·es: a profile, then its PIN; the page says a profile without one opens with a click.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByLabel('Nom', { exact: true }).fill('Sam');
  await page.getByRole('button', { name: 'Ajouter le profil' }).click();
  const samRow = page.getByRole('listitem').filter({ has: page.getByText('Sam', { exact: true }) });
  await expect(samRow.getByText('Pas de code PIN : un clic déverrouille Binôme sous ce profil.')).toBeVisible();
  await page.getByRole('button', { name: 'Définir un code PIN pour Sam' }).click();
  const pinForm = page.getByRole('form', { name: 'Code PIN de Sam' });
  await pinForm.getByLabel('Nouveau code PIN').fill('12345');
  await pinForm.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(pinForm.getByText('Choisissez un code PIN d’au moins 6 chiffres.')).toBeVisible();
  await pinForm.getByLabel('Nouveau code PIN').fill('482915');
  await pinForm.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Code PIN défini.')).toBeVisible();
  await expect(samRow.getByText('Code PIN : oui.')).toBeVisible();
  await expectAccessible(page);

  // Back to the list of persons, then nobody touches anything: the short delay locks the app.
  await page.getByRole('button', { name: 'Personnes' }).click();
  await expect(page.getByText('Jean Dupont')).toBeVisible();
  await lockAfter(page, 8);
  await expect(lockHeading(page)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Binôme s’est verrouillé après un moment sans activité.')).toBeVisible();
  // Nothing of any person: no list, no search, no history, no navigation.
  await expect(page.getByText('Hélène Martin')).toHaveCount(0);
  await expect(page.getByText('Jean Dupont')).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByTestId('pinned-panel')).toHaveCount(0);
  await expectAccessible(page);

  // A wrong PIN is refused in French and opens nothing; the right one opens.
  // The seeded profile has no PIN, and the lock screen says so.
  await expect(page.getByText('(sans code PIN : un clic suffit)')).toBeVisible();
  await page.getByLabel('Sam').check();
  await page.getByLabel('Code PIN de Sam').fill('000000');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByText('Code PIN incorrect. Vérifiez le profil choisi et réessayez.')).toBeVisible();
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText('Jean Dupont')).toHaveCount(0);
  await page.getByLabel('Code PIN de Sam').fill('482915');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByText('Jean Dupont')).toBeVisible();
  await expect(page.getByText('Ouvert au nom de Sam')).toBeVisible();
  await lockAfter(page, 600);

  // A session whose code counts down: the idle lock keeps its countdown and step, and nothing else.
  await sessionWithRunningCode(page, helene);
  await page.goto(app.origin);
  await expect(page.locator('#step-title', { hasText: 'Code de sécurité' })).toBeVisible();
  await lockAfter(page, 8);
  await expect(lockHeading(page)).toBeVisible({ timeout: 30_000 });
  const pinned = page.getByTestId('pinned-panel');
  await expect(pinned).toBeVisible();
  // The code strip, stuck to the top of the lock screen, above the pinned step.
  const lockScreen = page.locator('main.lock-screen');
  await expect(lockScreen.locator('.countdown-time time')).toHaveText(/^\d\d:\d\d$/);
  await expect(lockScreen.locator('.code-strip .code-group')).toHaveText(['AB1', '2CD']);
  await expect(pinned.getByRole('heading', { name: 'Code de sécurité' })).toBeVisible();
  await expect(page.getByText('Jean Dupont')).toHaveCount(0);
  await expect(page.getByText('Hélène Martin')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel('Sam').check();
  await page.getByLabel('Code PIN de Sam').fill('482915');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Séance avec Hélène Martin', level: 1 })).toBeVisible();
});

test('every PIN forgotten: the association’s recovery phrase opens Binôme with no profile named, a wrong phrase is refused in French; Réglages then resets a PIN without asking it', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await seedPerson(page, { name: 'Hélène Martin' });
  // Every profile in service gets a PIN (set through the bridge: the first test sets one in Réglages).
  await page.evaluate(async () => {
    const b = (window as unknown as { binome: BinomeApi }).binome;
    const list = await b.listHelpers({});
    if (!list.ok) throw new Error(list.error.message);
    for (const h of list.value.helpers) {
      const r = await b.setHelperPin({ id: h.id, newPin: '482915' });
      if (!r.ok) throw new Error(r.error.message);
    }
  });
  await page.goto(app.origin);
  await expect(page.getByText('Hélène Martin')).toBeVisible();
  await page.getByRole('button', { name: 'Verrouiller', exact: true }).click();
  await expect(lockHeading(page)).toBeVisible();
  // The main process holds the lock, in browser mode too: a call through the bridge is refused in French.
  const refusal = await page.evaluate(async () => {
    const r = await (window as unknown as { binome: BinomeApi }).binome.listPersons({ query: '' });
    return r.ok ? 'answered' : r.error.message;
  });
  expect(refusal).toMatch(/^Binôme est verrouillé\u00a0: choisissez votre profil/);

  // Every profile has a PIN: the phrase is offered beside them.
  await page.getByRole('button', { name: 'Déverrouiller avec la phrase de récupération' }).click();
  const form = page.getByRole('form', { name: 'Déverrouiller avec la phrase de récupération' });
  await expect(form).toBeVisible();
  await expectAccessible(page);
  await form.getByLabel('Phrase de récupération').fill(E2E_PHRASE.split(' ').slice(0, 7).concat('abeille').join(' '));
  await form.getByRole('button', { name: 'Déverrouiller avec la phrase' }).click();
  await expect(form.getByText('Cette phrase de récupération ne correspond pas', { exact: false })).toBeVisible();
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText('Hélène Martin')).toHaveCount(0);
  await form.getByLabel('Phrase de récupération').fill(E2E_PHRASE);
  await form.getByRole('button', { name: 'Déverrouiller avec la phrase' }).click();
  await expect(page.getByText('Hélène Martin')).toBeVisible();
  await expect(page.getByText('Ouvert avec la phrase de récupération de l’association')).toBeVisible();

  // Réglages › Aidant·es: the forgotten PIN is changed without being asked.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: `Changer le code PIN de ${SEED_HELPER.displayName}` }).click();
  const pinForm = page.getByRole('form', { name: `Code PIN de ${SEED_HELPER.displayName}` });
  await expect(pinForm.getByText('Binôme est ouvert avec la phrase de récupération : le code PIN actuel n’est pas demandé.', { exact: false })).toBeVisible();
  await expect(pinForm.getByLabel('Code PIN actuel')).toHaveCount(0);
  await pinForm.getByLabel('Nouveau code PIN').fill('24681357');
  await pinForm.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Code PIN changé.')).toBeVisible();
  await expectAccessible(page);

  // The new PIN opens under the profile.
  await page.getByRole('button', { name: 'Verrouiller', exact: true }).click();
  // The only profile is chosen already.
  await expect(page.getByRole('radio', { name: SEED_HELPER.displayName })).toBeChecked();
  await page.getByLabel(`Code PIN de ${SEED_HELPER.displayName}`).fill('24681357');
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
  await expect(page.getByText(`Ouvert au nom de ${SEED_HELPER.displayName}`)).toBeVisible();
});

test('beside Quick Assist: the compact panel offers « Verrouiller » once a profile has a PIN, within 380 px, and it locks', async ({ page, app }) => {
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(app.url);
  await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer l’imprimante'] });
  const setCompact = () =>
    page.evaluate(async () => {
      const b = (window as unknown as { binome: BinomeApi }).binome;
      const r = await b.setWindowMode({ mode: 'panel', alwaysOnTop: false });
      if (!r.ok) throw new Error(r.error.message);
    });
  const bar = page.locator('.compact-bar');

  // No PIN yet: locking would protect nothing, and the one-line bar keeps its room.
  await setCompact();
  await expect(bar).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Verrouiller' })).toHaveCount(0);

  // A PIN set in Réglages (full window): the compact bar offers the lock at once, no reload.
  await bar.getByRole('button', { name: 'Fenêtre complète' }).click();
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByLabel('Nom', { exact: true }).fill('Sam');
  await page.getByRole('button', { name: 'Ajouter le profil' }).click();
  await page.getByRole('button', { name: 'Définir un code PIN pour Sam' }).click();
  const pinForm = page.getByRole('form', { name: 'Code PIN de Sam' });
  await pinForm.getByLabel('Nouveau code PIN').fill('482915');
  await pinForm.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Code PIN défini.')).toBeVisible();
  await setCompact();
  const lockButton = bar.getByRole('button', { name: 'Verrouiller' });
  await lockButton.scrollIntoViewIfNeeded();
  await expect(lockButton).toBeVisible();
  const box = (await lockButton.boundingBox())!;
  expect(box.x + box.width, 'the lock button ends within the 380 px panel').toBeLessThanOrEqual(380);
  expect(box.y + box.height, 'the bar stays one line').toBeLessThanOrEqual(((await bar.boundingBox())!.y + (await bar.boundingBox())!.height));
  mkdirSync(join(process.cwd(), 'screens', 'compact'), { recursive: true });
  await page.screenshot({ path: join(process.cwd(), 'screens', 'compact', 'lock-button.png') });
  await expectAccessible(page);

  // By keyboard, as a helper stepping away from the laptop would.
  await lockButton.focus();
  await page.keyboard.press('Enter');
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText('Hélène Martin')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel('Sam').check();
  await page.getByLabel('Code PIN de Sam').fill('482915');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(lockHeading(page)).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
});
