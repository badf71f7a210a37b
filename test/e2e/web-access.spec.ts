import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BinomeApi } from '../../shared/ipc/api';
import { expect, expectAccessible, test } from './fixtures';

test('the printed address opens once: an HttpOnly, SameSite=Strict cookie, no code left in the address bar; a second opening is refused in French', async ({ page, app, browser }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  expect(page.url()).toBe(`${app.origin}/`);
  const cookies = await page.context().cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ name: `binome_${new URL(app.origin).port}`, path: '/', httpOnly: true, sameSite: 'Strict', secure: false, expires: -1 });
  // No script, not even ours, can read it.
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // Same browser, same address again (a second tab, or the history): refused, with a way back since this browser is connected.
  const again = await page.context().newPage();
  const response = await again.goto(app.url);
  expect(response?.status()).toBe(403);
  await expect(again.getByRole('heading', { name: 'Cette adresse a déjà servi', level: 1 })).toBeVisible();
  await expect(again.getByText('appuyez sur Entrée', { exact: false })).toBeVisible();
  await expectAccessible(again);
  await again.getByRole('link', { name: 'continuer dans Binôme' }).click();
  await expect(again.getByRole('heading', { name: 'Personnes accompagnées', level: 1 })).toBeVisible();
  await again.close();

  // Someone else who finds the address in the history: refused, and nothing works without the cookie.
  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    expect((await stranger.goto(app.url))?.status()).toBe(403);
    await expect(stranger.getByRole('heading', { name: 'Cette adresse a déjà servi', level: 1 })).toBeVisible();
    await expect(stranger.getByRole('link', { name: 'continuer dans Binôme' })).toHaveCount(0);
    expect((await stranger.goto(app.origin))?.status()).toBe(401);
    await expect(stranger.getByRole('heading', { name: "Cet onglet n'est pas relié à Binôme", level: 1 })).toBeVisible();
    await expectAccessible(stranger);
    const call = await other.request.post(`${app.origin}/api/call/createPerson`, { data: { name: 'Intrus', phone: '', notes: '' }, headers: { Origin: app.origin } });
    expect(call.status()).toBe(401);
    expect(await call.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await other.request.get(`${app.origin}/api/events`)).status()).toBe(401);
    expect(await other.cookies()).toEqual([]);
  } finally {
    await other.close();
  }
  await page.reload();
  await expect(page.getByText("Aucune personne pour l’instant")).toBeVisible();
});

test('a helper who closed the tab presses Enter in the terminal and opens the new address', async ({ page, app, browser }) => {
  await page.goto(app.url);
  await page.getByLabel('Nom et prénom').fill('Hélène Martin');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Fiche enregistrée : Hélène Martin.');
  await page.context().close();

  const fresh = await app.newUrl();
  expect(fresh).not.toBe(app.url);
  expect(fresh).toMatch(/\/open\?code=[A-Za-z0-9_-]{40,}$/);
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(fresh);
    expect(tab.url()).toBe(`${app.origin}/`);
    await expect(tab.locator('.person-name')).toHaveText(['Hélène Martin']);
    // Live updates (the event stream) ride on the same cookie.
    const events = await tab.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const source = new EventSource('/api/events');
          source.onopen = () => {
            source.close();
            resolve('open');
          };
          source.onerror = () => resolve('error');
        }),
    );
    expect(events).toBe('open');
  } finally {
    await context.close();
  }
});

/** Another program's page on 127.0.0.1 (another port): the same site as Binôme for cookies, another origin. */
async function attackerServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><title>elsewhere</title></head><body><iframe name="sink" title="sink"></iframe></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('a page of another origin cannot call Binôme, even in the browser that holds the session', async ({ page, app }) => {
  await page.goto(app.url);
  const { server, origin } = await attackerServer();
  try {
    const evil = await page.context().newPage();
    await evil.goto(origin);
    const outcome = await evil.evaluate(async (target) => {
      const url = `${target}/api/call/createPerson`;
      const results: string[] = [];
      // A JSON call: needs a CORS preflight, which is never granted.
      try {
        const r = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Intrus JSON' }) });
        results.push(`json:${r.status}`);
      } catch {
        results.push('json:blocked');
      }
      // A "simple" request the browser sends without asking (the answer is opaque to the page).
      await fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ name: 'Intrus simple' }) }).catch(() => {});
      // A form posted into a frame.
      await new Promise<void>((resolve) => {
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = url;
        form.enctype = 'text/plain';
        form.target = 'sink';
        const field = document.createElement('input');
        field.name = '{"name":"Intrus formulaire","x":"';
        field.value = '"}';
        form.append(field);
        document.body.append(form);
        document.querySelector('iframe')!.addEventListener('load', () => resolve(), { once: true });
        form.submit();
      });
      return results;
    }, app.origin);
    expect(outcome).toEqual(['json:blocked']);
    await evil.close();

    const names = await page.evaluate(async () => {
      const listed = await (window as unknown as { binome: BinomeApi }).binome.listPersons({ query: '' });
      if (!listed.ok) throw new Error(listed.error.message);
      return listed.value.map((p) => p.name);
    });
    expect(names).toEqual([]);
  } finally {
    server.close();
  }
});
