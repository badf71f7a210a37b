import type { Page } from '@playwright/test';
import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

/** Runs a short session through the app's own bridge: a note, then closed as stopped early (or left open). */
function runSession(page: Page, personId: string, note: string, close: boolean) {
  return page.evaluate(
    async ({ personId, note, close }) => {
      const b = (window as unknown as { binome: BinomeApi }).binome;
      const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const v = must(await b.startSession({ personId }));
      must(await b.sessionCommand({ sessionId: v.id, command: { type: 'add_note', text: note } }));
      if (close) must(await b.sessionCommand({ sessionId: v.id, command: { type: 'close', outcome: 'aborted' } }));
      return v.id;
    },
    { personId, note, close },
  );
}

test('history: filter, search a word of a note without its accents, open the timeline', async ({ page, app }) => {
  await page.goto(app.url);
  const helene = await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer l’imprimante'] });
  const jean = await seedPerson(page, { name: 'Jean Dupont', scopeItems: ['Créer une adresse e-mail'] });
  await runSession(page, helene, 'Problème d’électricité : la box redémarre sans cesse.', true);
  await runSession(page, jean, 'Adresse e-mail créée, mot de passe noté par la personne.', false);

  await page.getByRole('navigation', { name: /./ }).getByRole('button', { name: 'Historique' }).click();
  await expect(page.getByRole('heading', { name: 'Historique des séances', level: 1 })).toBeVisible();
  const results = page.locator('.history-item');
  await expect(page.getByText('2 séances', { exact: true })).toBeVisible();
  await expect(results).toHaveCount(2);
  await expectAccessible(page);

  // Filter: only the sessions stopped early.
  await page.getByLabel('Issue').selectOption({ label: 'Interrompue' });
  await expect(page.getByText('1 séance', { exact: true })).toBeVisible();
  await expect(results).toHaveText([/Hélène Martin/]);
  await page.getByLabel('Issue').selectOption({ label: 'En cours' });
  await expect(results).toHaveText([/Jean Dupont/]);
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(results).toHaveCount(2);

  // Search with the keyboard, without accents, the last word cut short.
  await page.getByLabel('Chercher dans les notes et les résumés').fill('electricite bo');
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 séance trouvée pour « electricite bo »')).toBeVisible();
  await expect(results.locator('mark')).toHaveText(['électricité', 'box']);
  await expectAccessible(page);

  // Hostile syntax is just words: no error, no result.
  await page.getByLabel('Chercher dans les notes et les résumés').fill('NEAR("box');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await expect(page.getByText('Aucune séance ne correspond.')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByLabel('Chercher dans les notes et les résumés').fill('électricité');
  await page.keyboard.press('Enter');
  await results.getByRole('button', { name: /Hélène Martin/ }).click();
  await expect(page.getByRole('heading', { name: 'Déroulé de la séance', level: 1 })).toBeVisible();
  const events = page.locator('.timeline-list li');
  await expect(events.first()).toContainText('Début de la séance (mandat : valide)');
  await expect(events.filter({ hasText: 'Note : Problème d’électricité' })).toHaveCount(1);
  await expect(events.last()).toContainText('Séance close : Interrompue');
  await expect(page.getByRole('heading', { name: 'Résumé lu à la personne' })).toBeVisible();
  await expect(page.locator('.timeline-recap')).toContainText('Voici le résumé de notre séance.');
  await expectAccessible(page);

  // Back to the same search.
  await page.getByRole('button', { name: 'Retour à l’historique' }).click();
  await expect(page.getByLabel('Chercher dans les notes et les résumés')).toHaveValue('électricité');
  await expect(results).toHaveCount(1);
});

test('a person’s file leads to their own history', async ({ page, app }) => {
  await page.goto(app.url);
  const helene = await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer l’imprimante'] });
  const jean = await seedPerson(page, { name: 'Jean Dupont', scopeItems: ['Créer une adresse e-mail'] });
  await runSession(page, helene, 'Imprimante branchée.', true);
  await runSession(page, jean, 'Compte créé.', true);
  await page.reload();
  await page.getByRole('button', { name: /Ouvrir la fiche de Jean Dupont/ }).click();
  await page.getByRole('button', { name: 'Voir l’historique de ses séances' }).click();
  await expect(page.getByRole('heading', { name: 'Historique des séances de Jean Dupont', level: 1 })).toBeVisible();
  await expect(page.locator('.history-item')).toHaveText([/Jean Dupont/]);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Voir toutes les personnes' }).click();
  await expect(page.locator('.history-item')).toHaveCount(2);
});
