import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

const DAY = 24 * 60 * 60 * 1000;

/**
 * settings.json is a plain file anyone may edit: a shorter retention written there must not purge
 * anything until a helper confirms it in Réglages, and a mandate keeps the period its signed text states.
 */
test('a shorter retention written into settings.json waits for a confirmation in Réglages, and the signed period still holds', async ({ page, app }) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Blanche Durand', scopeItems: ['Installer l’imprimante'] });
  await page.getByRole('button', { name: 'Réglages' }).click();
  const section = page.getByRole('region', { name: 'Conservation des dossiers' });
  await expect(section.getByLabel('Durée de conservation (en mois)')).toHaveValue('72');
  await expect(section.getByRole('button', { name: /^Confirmer/ })).toHaveCount(0);

  // Behind the app's back: the file now asks for 12 months, and the clock is three years on.
  await app.stop();
  const file = join(app.dataDir, 'settings.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...settings, retentionMonths: 12, retentionEnabled: true }));
  const env = { BINOME_CLOCK_OFFSET_MS: String(3 * 365 * DAY) };
  await app.restart('SIGTERM', env);
  await page.goto(app.url);
  await expect(page.locator('.person-name')).toHaveText(['Blanche Durand']);
  await expect(page.getByRole('region', { name: 'Dossiers anciens effacés' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(section.getByRole('alert')).toContainText('demande une conservation de 12 mois, plus courte que les 72 mois réglés dans Binôme');
  await expectAccessible(page);
  await section.getByRole('button', { name: 'Confirmer 12 mois' }).focus();
  await page.keyboard.press('Enter');
  await expect(section.getByText('Durée confirmée.')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Confirmer 12 mois' })).toHaveCount(0);

  // Confirmed: the next start applies 12 months, yet the mandate signed for 72 months is kept.
  await app.restart('SIGTERM', env);
  await page.goto(app.url);
  await expect(page.locator('.person-name')).toHaveText(['Blanche Durand']);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(section.getByRole('button', { name: /^Confirmer/ })).toHaveCount(0);
  await expect(section.getByLabel('Durée de conservation (en mois)')).toHaveValue('12');
});
