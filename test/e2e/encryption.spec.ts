import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';

// Browser mode as a helper meets it: no --key-file, the first page sets up or asks the phrase.
test.use({ withPhraseFile: false });

test('first start: the phrase is explained, shown once, two words typed back; then browser mode asks for it at each start', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Protéger les données de l’association' })).toBeVisible();
  await expect(page.getByText('personne ne pourra les lire : c’est voulu')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Créer la phrase de récupération' }).click();

  // allTextContents does not wait: the phrase shows once its answer is in.
  await expect(page.locator('.phrase-words li')).toHaveCount(8);
  const words = await page.locator('.phrase-words li').allTextContents();
  expect(words).toHaveLength(8);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'J’ai noté la phrase' }).click();

  const labels = await page.getByLabel(/^Mot n° \d$/).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels![0]!.textContent!));
  const positions = labels.map((l) => Number(/(\d)$/.exec(l)![1]));
  // Two wrong words first: refused in French, nothing made.
  await page.getByLabel(`Mot n° ${positions[0]}`).fill('pomme');
  await page.getByLabel(`Mot n° ${positions[1]}`).fill('poire');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByRole('alert')).toContainText(`Ces mots ne sont pas les mots n° ${positions[0]} et n° ${positions[1]} de la phrase`);
  await expectAccessible(page);
  await page.getByLabel(`Mot n° ${positions[0]}`).fill(words[positions[0]! - 1]!.toUpperCase());
  await page.getByLabel(`Mot n° ${positions[1]}`).fill(words[positions[1]! - 1]!);
  await page.getByRole('button', { name: 'Confirmer' }).click();

  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await page.getByLabel('Nom et prénom').fill('Rose Quillebeuf');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Rose Quillebeuf.');
  // The key file holds no word of the phrase.
  const keyFile = readFileSync(join(app.dataDir, 'binome.key.json'), 'utf8');
  for (const w of words) expect(keyFile.includes(w)).toBe(false);

  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Saisir la phrase de récupération' })).toBeVisible();
  const field = page.getByLabel('Phrase de récupération');
  await expect(field).toHaveAttribute('type', 'password');
  await expectAccessible(page);
  await field.fill(`${words.slice(0, 7).join(' ')} abaisser`);
  await page.getByRole('button', { name: 'Ouvrir les données' }).click();
  await expect(page.getByRole('alert')).toContainText('Cette phrase de récupération ne correspond pas : rien n’a été modifié.');
  await field.fill(words.join(' '));
  await page.getByRole('button', { name: 'Ouvrir les données' }).click();
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await expect(page.getByText('Rose Quillebeuf')).toBeVisible();

  // Réglages say how the data was opened.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('region', { name: 'Chiffrement et phrase de récupération' })).toContainText('la clé a été ouverte avec la phrase de récupération');
  await expectAccessible(page);
});

test('binome.key.json deleted, then cut short (review H5, M1): the phrase is asked (never the set-up over existing data), the key file comes back from a backup, and the app says so', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Créer la phrase de récupération' }).click();
  const words = await page.locator('.phrase-words li').allTextContents();
  await page.getByRole('button', { name: 'J’ai noté la phrase' }).click();
  const labels = await page.getByLabel(/^Mot n° \d$/).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels![0]!.textContent!));
  for (const label of labels) await page.getByLabel(label).fill(words[Number(/(\d)$/.exec(label)![1]) - 1]!);
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByLabel('Nom et prénom').fill('Rose Quillebeuf');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Rose Quillebeuf.');
  const made = await page.evaluate(() => (window as unknown as { binome: BinomeApi }).binome.createBackup({ folder: null }));
  expect(made.ok).toBe(true);
  const keyFile = join(app.dataDir, 'binome.key.json');
  const keyId = (JSON.parse(readFileSync(keyFile, 'utf8')) as { keyId: string }).keyId;

  await app.stop();
  rmSync(keyFile);
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Saisir la phrase de récupération' })).toBeVisible();
  await expect(page.getByText('Le fichier de clé de Binôme (binome.key.json) manque.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Phrase de récupération').fill(words.join(' '));
  await page.getByRole('button', { name: 'Ouvrir les données' }).click();
  await expect(page.getByText(/^Le fichier de clé manquait\u00a0: il a été recréé depuis la sauvegarde du /)).toBeVisible();
  await expect(page.getByText('Rose Quillebeuf')).toBeVisible();
  await expectAccessible(page);
  // The same key as before, not a new one: the data and its backups open with it.
  expect((JSON.parse(readFileSync(keyFile, 'utf8')) as { keyId: string }).keyId).toBe(keyId);

  await app.stop();
  writeFileSync(keyFile, readFileSync(keyFile).subarray(0, 100));
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByText('Le fichier de clé de Binôme (binome.key.json) est illisible.')).toBeVisible();
  await page.getByLabel('Phrase de récupération').fill(words.join(' '));
  await page.getByRole('button', { name: 'Ouvrir les données' }).click();
  await expect(page.getByText(/^Le fichier de clé était illisible ou n’était pas celui de ces données\u00a0: il a été mis de côté/)).toBeVisible();
  await expect(page.getByText('Rose Quillebeuf')).toBeVisible();
  await page.getByRole('button', { name: 'J’ai compris' }).click();
  await expect(page.getByText(/^Le fichier de clé était illisible/)).toHaveCount(0);
});
