import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
