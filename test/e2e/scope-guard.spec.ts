import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

test('scope guard: verdicts as the helper types, decisions logged, an out-of-mandate request becomes a follow-up and an amended mandate', async ({ page, app }) => {
  await page.goto(app.url);
  await seedPerson(page, { name: 'Lucien Garnier', scopeItems: ['Installer l’imprimante du salon', 'Créer une adresse e-mail'] });
  await page.reload();
  await page.getByRole('button', { name: /Ouvrir la fiche de Lucien Garnier/ }).click();
  await page.getByRole('button', { name: 'Démarrer une séance' }).click();
  await expect(page.getByRole('heading', { name: 'Séance avec Lucien Garnier', level: 1 })).toBeVisible();

  const field = page.getByLabel('Ce que la personne demande');
  const verdict = page.locator('.scope-verdict');

  const evidence = page.locator('.scope-verdict-detail');

  // In scope, typed the way a hurried helper types it: the words and the action that covers them.
  await field.fill("elle veut que j'instale l'imprimente");
  await expect(verdict).toHaveAttribute('data-verdict', 'in_scope');
  await expect(verdict).toContainText('Prévu au mandat — « Installer l’imprimante du salon »');
  await expect(evidence.getByRole('list', { name: 'Détail' })).toContainText('Couvert : « instale l\'imprimente »');
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Noté : « elle veut que j\'instale l\'imprimente » est prévu au mandat.')).toBeVisible();
  await expect(field).toHaveValue('');

  // Part of it only: « À vérifier », with the words no action covers; Enter plans a new intervention,
  // the helper who has looked at the mandate may log it as planned.
  await field.fill('créer une adresse e-mail sur sa tablette');
  await expect(verdict).toHaveAttribute('data-verdict', 'check');
  await expect(verdict).toContainText('À vérifier');
  await expect(verdict).toContainText('C’est un autre appareil que celui prévu.');
  await expect(evidence).toContainText('Couvert par « Créer une adresse e-mail » : « créer une adresse e-mail »');
  await expect(evidence).toContainText('Pas dans le mandat : « tablette »');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Noter : vérifié, c\'est prévu, je le fais' }).click();
  await expect(page.getByText('Noté : « créer une adresse e-mail sur sa tablette » vérifié, prévu au mandat.')).toBeVisible();

  // Sensitive whatever the mandate says.
  await field.fill('taper le code de sa carte bleue');
  await expect(verdict).toHaveAttribute('data-verdict', 'sensitive');
  await expect(evidence).toContainText('Ne me dites rien de secret, même au téléphone.');
  await expect(evidence).toContainText('Mots sensibles : « code de sa carte bleue »');
  await page.getByRole('button', { name: 'Noter : la personne le fait elle-même' }).click();
  await expect(page.getByText('Noté : la personne fait « taper le code de sa carte bleue » elle-même.')).toBeVisible();

  // Outside the mandate: what to say, and the follow-up in one click.
  await field.fill('installer zoom pour parler avec ses petits enfants');
  await expect(verdict).toHaveAttribute('data-verdict', 'out_of_scope');
  await expect(verdict).toContainText('Aucune action du mandat ne porte sur cela.');
  await expect(evidence).toContainText('Pas dans le mandat : « zoom »');
  await expect(evidence).toContainText('nous prévoirons une nouvelle séance');
  await page.getByRole('button', { name: 'Noter pour une nouvelle intervention' }).click();
  await expect(page.getByText('Noté pour une nouvelle intervention : « installer zoom pour parler avec ses petits enfants ».')).toBeVisible();

  // Every check and decision is in the durable log, also after a restart.
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Séance avec Lucien Garnier', level: 1 })).toBeVisible();
  const checks = await page.evaluate(async () => {
    const b = (window as unknown as { binome: BinomeApi }).binome;
    const open = await b.listOpenSessions({});
    if (!open.ok) throw new Error(open.error.message);
    const view = await b.getSession({ sessionId: open.value[0]!.id });
    if (!view.ok) throw new Error(view.error.message);
    return view.value.state.scopeChecks.map((c) => [c.verdict, c.decision]);
  });
  expect(checks).toEqual([
    ['in_scope', 'prévu au mandat, fait pendant la séance'],
    ['check', 'vérifié : prévu au mandat, fait pendant la séance'],
    ['sensitive', 'sensible, la personne le fait elle-même'],
    ['out_of_scope', 'hors mandat, nouvelle intervention à prévoir'],
  ]);
  await page.getByText('4 vérifications notées').click();
  await expect(page.locator('.scope-history li')).toHaveCount(4);

  // The follow-up waits on the person's file, from which an amended mandate is started.
  await page.getByRole('button', { name: 'Personnes accompagnées' }).click();
  await page.getByRole('button', { name: /Ouvrir la fiche de Lucien Garnier/ }).click();
  const followups = page.getByRole('region', { name: 'Demandes hors mandat à prévoir' });
  await expect(followups.getByText('installer zoom pour parler avec ses petits enfants')).toBeVisible();
  await expectAccessible(page);
  await followups.getByRole('button', { name: 'Préparer un mandat modifié avec cette demande' }).click();
  // The amended draft opens with the request as a new scope item, and the follow-up is marked planned.
  await expect(page.getByRole('heading', { name: 'Modifier le brouillon du mandat' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retirer « installer zoom pour parler avec ses petits enfants »' })).toBeVisible();
  const pending = await page.evaluate(async () => {
    const b = (window as unknown as { binome: BinomeApi }).binome;
    const persons = await b.listPersons({});
    if (!persons.ok) throw new Error(persons.error.message);
    const list = await b.listFollowups({ personId: persons.value[0]!.id, includeClosed: true });
    if (!list.ok) throw new Error(list.error.message);
    return list.value.map((f) => f.status);
  });
  expect(pending).toEqual(['planned']);

  // Back on the file: the request no longer waits, and the amendment is there as a draft beside the signed version.
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Lucien Garnier', level: 1 })).toBeVisible();
  await expect(followups.getByText('Aucune demande hors mandat en attente.')).toBeVisible();
  await expect(page.locator('.mandate-item')).toHaveCount(2);
  await expect(page.locator('.mandate-item').first()).toContainText('Brouillon, non signé');
  await expectAccessible(page);
});
