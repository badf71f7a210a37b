import type { Page } from '@playwright/test';
import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

const DAY = 24 * 60 * 60 * 1000;

/** A closed session with a note and a follow-up, through the app's own bridge. */
function seedSession(page: Page, personId: string, note: string) {
  return page.evaluate(
    async ({ personId, note }) => {
      const b = (window as unknown as { binome: BinomeApi }).binome;
      const started = await b.startSession({ personId });
      if (!started.ok) throw new Error(started.error.message);
      const sessionId = started.value.id;
      const commands = [{ type: 'add_note', text: note }, { type: 'request_followup', text: 'Installer un antivirus' }, { type: 'close', outcome: 'aborted' }] as const;
      for (const command of commands) {
        const r = await b.sessionCommand({ sessionId, command });
        if (!r.ok) throw new Error(r.error.message);
      }
    },
    { personId, note },
  );
}

async function verifyIntegrity(page: Page) {
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('button', { name: "Vérifier l’intégrité" }).click();
  await expect(page.getByText('Intégrité vérifiée : aucun enregistrement n’a été modifié.')).toBeVisible();
}

test('erase a person with the keyboard: gone from the list, the chains verify, still gone after a restart', async ({ page, app }) => {
  await page.goto(app.url);
  const zeph = await seedPerson(page, { name: 'Zéphyrine Quillebeuf', scopeItems: ['Installer l’imprimante'] });
  await seedPerson(page, { name: 'Rose Petit', scopeItems: ['Créer une adresse e-mail'] });
  await seedSession(page, zeph, 'Imprimante installée dans le salon');
  await page.reload();
  await expect(page.locator('.person-name')).toHaveText(['Rose Petit', 'Zéphyrine Quillebeuf']);

  await page.getByRole('button', { name: 'Ouvrir la fiche de Zéphyrine Quillebeuf' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Zéphyrine Quillebeuf', level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: 'Effacer les données de cette personne' });
  await expect(section).toContainText('les sauvegardes déjà faites contiennent encore ces données');
  await expectAccessible(page);

  await section.getByRole('button', { name: 'Effacer les données de Zéphyrine Quillebeuf…' }).focus();
  await page.keyboard.press('Enter');
  const confirm = section.getByLabel('Pour confirmer, recopiez le nom de la personne : Zéphyrine Quillebeuf');
  await expect(confirm).toBeFocused();
  // The wrong name: refused by the service, in French, nothing erased.
  await page.keyboard.type('Rose Petit');
  await page.keyboard.press('Enter');
  await expect(section.getByRole('alert')).toContainText('Le nom recopié ne correspond pas');
  await expect(confirm).toBeFocused();
  await expectAccessible(page);

  await page.keyboard.press('Control+A');
  await page.keyboard.type('zephyrine quillebeuf');
  await page.keyboard.press('Enter');
  const report = page.getByRole('dialog', { name: 'Données effacées' });
  await expect(report).toContainText('1 mandat');
  await expect(report).toContainText('1 séance');
  await expect(report).toContainText('1 demande en attente');
  const back = report.getByRole('button', { name: 'Retour à la liste des personnes' });
  await expect(back).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await expect(page.locator('.person-name')).toHaveText(['Rose Petit']);
  await expectAccessible(page);

  await verifyIntegrity(page);
  await expectAccessible(page);

  await app.restart();
  await page.goto(app.url);
  await expect(page.locator('.person-name')).toHaveText(['Rose Petit']);
  await verifyIntegrity(page);
});

test('retention: a start far in the future purges old records, says so once, and Réglages keeps the report', async ({ page, app }) => {
  await page.goto(app.url);
  const old = await seedPerson(page, { name: 'Armand Ancien', scopeItems: ['Installer l’imprimante'] });
  await seedSession(page, old, 'Pilote installé');
  await page.getByRole('button', { name: 'Réglages' }).click();
  const section = page.getByRole('region', { name: 'Conservation des dossiers' });
  await expect(section.getByLabel('Effacer automatiquement les dossiers anciens au démarrage')).toBeChecked();
  await expect(section.getByLabel('Durée de conservation (en mois)')).toHaveValue('72');
  await expect(section).toContainText('rien à effacer');
  await section.getByLabel('Durée de conservation (en mois)').fill('3');
  await section.getByRole('button', { name: 'Enregistrer la conservation' }).click();
  await expect(section.getByText('Gardez les dossiers au moins 12 mois').first()).toBeVisible();
  await expectAccessible(page);

  // Eight years on: the six-month mandate ended more than 72 months ago.
  const env = { BINOME_CLOCK_OFFSET_MS: String(8 * 365 * DAY) };
  await app.restart('SIGTERM', env);
  await page.goto(app.url);
  const notice = page.getByRole('region', { name: 'Dossiers anciens effacés' });
  await expect(notice).toContainText('1 personne, 1 mandat, 1 séance');
  await expect(page.getByText("Aucune personne pour l’instant")).toBeVisible();
  await expectAccessible(page);
  await notice.getByRole('button', { name: 'J’ai compris' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);

  await verifyIntegrity(page);
  await expect(page.getByRole('region', { name: 'Conservation des dossiers' })).toContainText(/Dernier passage le .* 1 personne, 1 mandat, 1 séance/);
  await expectAccessible(page);

  // Dismissed for good; the next start purges nothing and says nothing.
  await app.restart('SIGTERM', env);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dossiers anciens effacés' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('region', { name: 'Conservation des dossiers' })).toContainText('rien à effacer');
});
