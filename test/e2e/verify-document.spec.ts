import type { BinomeApi } from '../../shared/ipc/api';
import { openWithPhrase } from './data-key';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

test('a closed session’s recap carries its seal code; « Vérifier un document » finds it, and says when the log changed since', async ({ page, app }) => {
  await page.goto(app.url);
  const personId = await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer l’imprimante'] });
  await page.evaluate(async (personId) => {
    const b = (window as unknown as { binome: BinomeApi }).binome;
    const started = await b.startSession({ personId });
    if (!started.ok) throw new Error(started.error.message);
    for (const command of [{ type: 'add_note', text: 'Imprimante branchée au salon' }, { type: 'close', outcome: 'aborted' }] as const) {
      const r = await b.sessionCommand({ sessionId: started.value.id, command });
      if (!r.ok) throw new Error(r.error.message);
    }
  }, personId);
  await page.reload();
  await page.getByRole('button', { name: /Ouvrir la fiche de Hélène Martin/ }).click();
  await page.getByRole('button', { name: /Interrompue/ }).click();
  const seal = page.locator('.recap-print .seal-code strong');
  await expect(seal).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page.locator('.recap-print')).toContainText('Gardez ce code avec ce récapitulatif');
  const code = (await seal.innerText()).trim();
  await expectAccessible(page);

  // Read back over the phone: lower case, spaces.
  await page.getByRole('button', { name: 'Réglages' }).click();
  const section = page.getByRole('region', { name: 'Vérifier un document' });
  await section.getByLabel('Code du document').fill(code.toLowerCase().replace(/-/g, ' '));
  await section.getByRole('button', { name: 'Vérifier ce code' }).click();
  await expect(section.getByRole('status')).toContainText(`Le code ${code} correspond à la séance du`);
  await expect(section.getByRole('status')).toContainText('avec Hélène Martin');
  await expect(section.getByRole('status')).toContainText('Son journal est intact');
  await expectAccessible(page);
  await section.getByLabel('Code du document').fill('bonjour');
  await section.getByRole('button', { name: 'Vérifier ce code' }).click();
  await expect(section.getByText(/Ce n’est pas un code de Binôme/)).toBeVisible();
  await section.getByLabel('Code du document').fill('0000-0000-0000');
  await section.getByRole('button', { name: 'Vérifier ce code' }).click();
  await expect(section.getByRole('status')).toContainText('Aucun enregistrement ne correspond au code 0000-0000-0000');

  // Someone edits the note with Binôme stopped.
  await app.stop();
  const db = await openWithPhrase(app.dataDir);
  db.exec('DROP TRIGGER session_events_no_update');
  db.exec("UPDATE session_events SET payload = json_set(payload, '$.text', 'Rien n’a été branché') WHERE type = 'note_added'");
  db.close();
  await app.restart();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Réglages' }).click();
  await section.getByLabel('Code du document').fill(code);
  await section.getByRole('button', { name: 'Vérifier ce code' }).click();
  await expect(section.getByRole('status')).toContainText(`Le code ${code} a été donné pour la séance du`);
  await expect(section.getByRole('status')).toContainText('il a été modifié depuis');
  // The full check, run in the background after start, names it too.
  const banner = page.getByRole('alert').filter({ hasText: 'Journal des séances' });
  await expect(banner).toContainText('ne correspond plus à son code de scellement');
  await expectAccessible(page);
});
