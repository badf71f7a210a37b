import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { PersonExport } from '../../shared/export/calls';
import type { BinomeApi } from '../../shared/ipc/api';
import { formatFrenchDate, parisDate } from '../../shared/mandate/dates';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

const NOTE = 'Penser à noter le mot de passe de la box dans le carnet';

test('right of access: export a person as JSON to a folder and as a readable PDF; nothing of another person', async ({ page, app }, info) => {
  await page.goto(app.url);
  const personId = await seedPerson(page, { name: 'Hélène Martin', scopeItems: ['Installer l’imprimante'] });
  await seedPerson(page, { name: 'Bernard Petit', scopeItems: ['Créer une adresse e-mail'] });
  // A session with a note, closed: through the app's own bridge, as the UI would.
  const code = await page.evaluate(
    async ({ personId, note }) => {
      const b = (window as unknown as { binome: BinomeApi }).binome;
      const started = await b.startSession({ personId });
      if (!started.ok) throw new Error(started.error.message);
      for (const command of [{ type: 'add_note', text: note }, { type: 'close', outcome: 'aborted' }] as const) {
        const r = await b.sessionCommand({ sessionId: started.value.id, command });
        if (!r.ok) throw new Error(r.error.message);
      }
      const listed = await b.listMandates({ personId });
      if (!listed.ok) throw new Error(listed.error.message);
      return listed.value.mandates[0]!.code!;
    },
    { personId, note: NOTE },
  );
  expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}$/);

  await page.reload();
  await page.getByRole('button', { name: 'Ouvrir la fiche de Hélène Martin' }).click();
  const section = page.getByRole('region', { name: 'Droit d’accès : exporter le dossier' });
  await expect(section).toBeVisible();
  await expectAccessible(page);

  // JSON to a folder, with the keyboard only: type the path, Tab to the button, Enter.
  const folder = join(app.dataDir, 'clé USB', 'exports');
  await section.getByLabel('Dossier où enregistrer le fichier JSON (clé USB)').focus();
  await page.keyboard.type('exports/relatif');
  await page.keyboard.press('Enter');
  await expect(section.getByRole('alert')).toHaveText('Indiquez le chemin complet du dossier (par exemple E:\\Exports).');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(folder);
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Enregistrer le fichier JSON dans ce dossier' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toContainText('Dossier exporté :');
  await expect(section.getByRole('alert')).toHaveCount(0);
  const files = readdirSync(folder);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^binome-export-helene-martin-\d{8}\.json$/);
  await expect(section.getByRole('status')).toContainText(join(folder, files[0]!));

  const doc = PersonExport.parse(JSON.parse(readFileSync(join(folder, files[0]!), 'utf8')));
  expect(doc.person).toMatchObject({ id: personId, name: 'Hélène Martin' });
  expect(doc.mandates).toHaveLength(1);
  expect(doc.mandates[0]).toMatchObject({ attestationCode: code, status: 'active', consentMethod: 'drawn' });
  expect(doc.mandates[0]!.content.scopeItems.map((i) => i.label)).toEqual(['Installer l’imprimante']);
  expect(doc.sessions).toHaveLength(1);
  expect(doc.sessions[0]).toMatchObject({ outcome: 'aborted', notes: [{ text: NOTE }] });
  expect(doc.sessions[0]!.events.map((e) => e.type)).toEqual(['session_started', 'note_added', 'session_closed']);
  expect(doc.mandateJournal.map((j) => j.text)).toContain('Mandat signé (signature à l’écran), avec Camille Aidante.');
  const raw = readFileSync(join(folder, files[0]!), 'utf8');
  expect(raw).not.toContain('Bernard');
  expect(raw).not.toContain('Créer une adresse e-mail');

  // Browser mode: the same document as a direct download (a local blob, no request).
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Télécharger le fichier JSON' }).click()]);
  expect(download.suggestedFilename()).toBe(files[0]);
  const downloaded = PersonExport.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  expect(downloaded.person.id).toBe(personId);
  expect(downloaded.sessions[0]!.notes[0]!.text).toBe(NOTE);

  // The readable view, opened with the keyboard, printed to PDF by Chromium.
  await section.getByRole('button', { name: 'Voir le dossier lisible (imprimer ou PDF)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dossier de Hélène Martin', level: 1 })).toBeVisible();
  await expect(page.locator('[data-print-ready]')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Signature de Hélène Martin' })).toBeVisible();
  await expectAccessible(page);
  const pdfPath = join(info.outputDir, 'dossier.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfPath)));
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain('Dossier de Hélène Martin');
  expect(text).toContain(code);
  expect(text).toContain(`Séance du ${formatFrenchDate(parisDate(doc.sessions[0]!.startedAt))}`);
  expect(text).toContain(NOTE);
  expect(text).toContain('Installer l’imprimante');
  expect(text).not.toContain('Bernard');
  // The toolbar is not printed.
  expect(text).not.toContain('Imprimer ou enregistrer en PDF');

  await page.getByRole('button', { name: 'Retour à la fiche' }).click();
  await expect(page.getByRole('heading', { name: 'Hélène Martin', level: 1 })).toBeVisible();
});

test('the readable view of an unknown person says so in French', async ({ page, app }) => {
  await page.goto(app.url);
  // The session cookie stays with the tab; the view is chosen from the hash at load, as Electron’s hidden print window does.
  await page.goto(`${app.origin}/#dossier/0190a5b0-0000-7000-8000-000000000000`);
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText("Cette personne n'existe pas (ou plus).");
  await expect(page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeDisabled();
  await expectAccessible(page);
});
