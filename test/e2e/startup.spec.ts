import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';
import { seedPerson } from './seed';

test('a session left open: the app reopens on it having read it once; reopened from the file, it is read afresh', async ({ page, app }) => {
  await page.goto(app.url);
  const personId = await seedPerson(page, { name: 'Hélène Martin' });
  await page.evaluate(async (id) => {
    const b = (window as unknown as { binome: BinomeApi }).binome;
    const started = await b.startSession({ personId: id });
    if (!started.ok) throw new Error(started.error.message);
  }, personId);

  const calls: string[] = [];
  page.on('request', (request) => {
    const name = /\/api\/call\/(\w+)$/.exec(request.url())?.[1];
    if (name) calls.push(name);
  });
  // The notice query is asked by the first screen once shown, in the same pass as anything else it asks.
  const shown = page.waitForRequest(/\/api\/call\/getRetentionNotice$/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Séance avec Hélène Martin', level: 1 })).toBeVisible();
  await shown;
  // Found and read whole in one call (getOpenSession), before the first paint, and not read again.
  expect(calls.filter((c) => c === 'getOpenSession')).toHaveLength(1);
  expect(calls.filter((c) => c === 'getSession' || c === 'listOpenSessions')).toEqual([]);
  await expectAccessible(page);

  // Left and reopened: another window may have moved it on meanwhile, so it is read again.
  await page.getByRole('button', { name: 'Personnes accompagnées' }).click();
  await page.getByRole('button', { name: /Ouvrir la fiche de Hélène Martin/ }).click();
  const reread = page.waitForRequest(/\/api\/call\/getSession$/);
  await page.getByRole('button', { name: 'Reprendre la séance' }).click();
  await reread;
  await expect(page.getByRole('heading', { name: 'Séance avec Hélène Martin', level: 1 })).toBeVisible();
  expect(calls.filter((c) => c === 'getSession')).toHaveLength(1);
});
