import type { Page } from '@playwright/test';
import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

/**
 * A main-process error reaches the screen in the UI language: the person's file still offers
 * « start » while a session was opened meanwhile (here through the bridge), so the service refuses
 * with its keyed conflict error (shared/errors/catalogue.ts, 'sessions.alreadyOpen').
 */
async function startBehindTheScreen(page: Page, personId: string) {
  await page.evaluate(async (id) => {
    const r = await (window as unknown as { binome: BinomeApi }).binome.startSession({ personId: id });
    if (!r.ok) throw new Error(r.error.message);
  }, personId);
}

test('a service error shows in English when the UI is English, in French otherwise', async ({ page, app }) => {
  await page.goto(app.url);
  const first = await seedPerson(page, { name: 'Hélène Martin' });
  const second = await seedPerson(page, { name: 'Paul Durand' });

  // French UI.
  await page.reload();
  await page.getByRole('button', { name: /Ouvrir la fiche de Hélène Martin/ }).click();
  await startBehindTheScreen(page, first);
  await page.getByRole('button', { name: 'Démarrer une séance' }).click();
  await expect(page.getByRole('alert')).toHaveText('Une séance est déjà en cours pour cette personne : reprenez-la.');

  // English UI, same refusal.
  await page.evaluate(async () => {
    const r = await (window as unknown as { binome: BinomeApi }).binome.updateSettings({ language: 'en' });
    if (!r.ok) throw new Error(r.error.message);
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The app resumes the open session at start; go back to the list of people.
  await expect(page.getByRole('heading', { name: /Hélène Martin/, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'People helped' }).click();
  await page.getByRole('button', { name: /Open Paul Durand's file/ }).click();
  await startBehindTheScreen(page, second);
  await page.getByRole('button', { name: 'Start a session' }).click();
  await expect(page.getByRole('alert')).toHaveText('A session is already open for this person: resume it.');
  await expectAccessible(page);
});
