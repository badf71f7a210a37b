import Conf from 'conf';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../electron/main/protocol';
import { createAppServices, type AppServices } from '../../../electron/services/app';
import { isJsonContentType } from '../../../electron/web/content-type';
import { BRIDGE_SCRIPT_PATH, startWebServer, type WebServer } from '../../../electron/web/server';
import { openSession, raw } from '../../helpers/web-session';
import { testFolderKey } from '../../helpers/test-key';

describe('browser-mode HTTP bridge', () => {
  /** What the services hold, asked directly rather than through the HTTP bridge under test. */
  const personNames = async () => {
    const r = await services.dispatch('listPersons', {});
    return r.ok ? (r.value as { name: string }[]).map((p) => p.name) : r;
  };
  let dir: string;
  let staticDir: string;
  let services: AppServices;
  let server: WebServer;
  let host: string;
  let cookie: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'binome-web-'));
    staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside', 'inner.txt'), 'secret too');
    // Links placed inside the renderer folder that lead out of it: a file, and a folder.
    symlinkSync(join(dir, 'secret.txt'), join(staticDir, 'linked.txt'));
    symlinkSync(join(dir, 'outside'), join(staticDir, 'linked-dir'));
    writeFileSync(join(staticDir, 'real.txt'), 'fine');
    symlinkSync(join(staticDir, 'real.txt'), join(staticDir, 'alias.txt'));
    services = createAppServices({ key: testFolderKey,
      dataDir: dir,
      settingsFile: new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings' }),
      version: 't',
      log: () => {},
    });
    server = await startWebServer({ services, staticDir, bridgeScript: '/*bridge*/', port: 0 });
    host = `127.0.0.1:${server.port}`;
    cookie = await openSession(server, server.url);
  });
  afterAll(async () => {
    await server.close();
    services.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (headers: Record<string, string>, body = '{"name":"Léa"}') =>
    raw(server.port, '/api/call/createPerson', { 'Content-Type': 'application/json', ...headers }, 'POST', body);
  const ours = () => ({ Host: host, Origin: server.origin, Cookie: cookie });
  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

  it('listens on 127.0.0.1 only and prints a one-time address with a long random code, no token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open\?code=[A-Za-z0-9_-]{40,}$/);
  });

  it('trades the code once for an HttpOnly, SameSite=Strict session cookie and redirects to an address without it', async () => {
    const url = server.newOpenUrl();
    const first = await raw(server.port, pathOf(url), { Host: host });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const [setCookie] = [first.headers['set-cookie']].flat();
    expect(setCookie).toMatch(new RegExp(`^binome_${server.port}=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=/$`));
    expect(first.headers['cache-control']).toBe('no-store');

    const again = await raw(server.port, pathOf(url), { Host: host });
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('Cette adresse a déjà servi');
    expect(again.body).toContain('appuyez sur <kbd>Entrée</kbd>');
  });

  it('a newer address replaces an unused one; a code never printed is refused', async () => {
    const older = server.newOpenUrl();
    const newer = server.newOpenUrl();
    expect((await raw(server.port, pathOf(older), { Host: host })).status).toBe(403);
    expect((await raw(server.port, pathOf(newer), { Host: host })).status).toBe(303);
    const forged = await raw(server.port, '/open?code=' + 'A'.repeat(43), { Host: host });
    expect(forged.status).toBe(403);
    expect(forged.body).toContain("Cette adresse n'est pas valable");
    expect((await raw(server.port, '/open', { Host: host })).status).toBe(403);
  });

  it('a link preview or a prefetch does not spend the code', async () => {
    const url = server.newOpenUrl();
    expect((await raw(server.port, pathOf(url), { Host: host }, 'HEAD')).status).toBe(405);
    expect((await raw(server.port, pathOf(url), { Host: host, 'Sec-Purpose': 'prefetch' })).status).toBe(503);
    expect((await raw(server.port, pathOf(url), { Host: host })).status).toBe(303);
  });

  it('answers 401 without the session cookie or with a wrong one, for calls, events and pages', async () => {
    expect((await call({ Host: host, Origin: server.origin })).status).toBe(401);
    const wrong = cookie.replace(/=.*/, '=' + 'x'.repeat(43));
    expect((await call({ Host: host, Origin: server.origin, Cookie: wrong })).status).toBe(401);
    // Another port's cookie name with our value: cookies are per host, not per port.
    expect((await call({ Host: host, Origin: server.origin, Cookie: cookie.replace(/^binome_\d+/, 'binome_1') })).status).toBe(401);
    expect((await raw(server.port, '/api/events', { Host: host })).status).toBe(401);
    const page = await raw(server.port, '/', { Host: host, 'Sec-Fetch-Dest': 'document' });
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Cet onglet n');
    expect((await raw(server.port, BRIDGE_SCRIPT_PATH, { Host: host })).status).toBe(401);
    expect(await personNames()).toEqual([]);
  });

  it('refuses a foreign Host or Origin (DNS rebinding), another site or another port, even with the cookie', async () => {
    expect((await call({ ...ours(), Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await call({ ...ours(), Host: `localhost:${server.port}` })).status).toBe(403);
    expect((await call({ ...ours(), Origin: 'http://evil.example' })).status).toBe(403);
    // SameSite ignores ports: a page of another program on 127.0.0.1 would send the cookie.
    expect((await call({ ...ours(), Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await call({ ...ours(), 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await call({ ...ours(), 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    // A call must say where it comes from: browsers always send Origin on POST.
    expect((await call({ Host: host, Cookie: cookie })).status).toBe(403);
    expect((await raw(server.port, '/', { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect(await personNames()).toEqual([]);
  });

  it('accepts our own origin with the cookie; events too', async () => {
    const res = await call(ours());
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Léa' } });
    // The stream never ends: only its status is read.
    const events = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Host: host, Cookie: cookie } }, (r) => {
        resolve(r.statusCode ?? 0);
        r.destroy();
      });
      req.on('error', reject);
      req.end();
    });
    expect(events).toBe(200);
  });

  it('serves the renderer with a strict CSP and injects the bridge before the app', async () => {
    const res = await raw(server.port, '/', { Host: host, Cookie: cookie });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect(res.body).toContain(`<script defer src="${BRIDGE_SCRIPT_PATH}"></script>`);
    expect((await raw(server.port, BRIDGE_SCRIPT_PATH, { Host: host, Cookie: cookie })).body).toBe('/*bridge*/');
  });

  it('never serves a file outside the renderer folder, by path or through a symbolic link', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/linked.txt', '/linked-dir/inner.txt']) {
      const res = await raw(server.port, path, { Host: host, Cookie: cookie });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('secret');
    }
    // A link that stays inside the folder is fine.
    expect((await raw(server.port, '/alias.txt', { Host: host, Cookie: cookie })).body).toBe('fine');
  });

  it('Electron’s app:// protocol refuses the same links', async () => {
    expect((await serveAppRequest(staticDir, 'app://binome/linked.txt')).status).toBe(404);
    expect((await serveAppRequest(staticDir, 'app://binome/linked-dir/inner.txt')).status).toBe(404);
    expect(await (await serveAppRequest(staticDir, 'app://binome/real.txt')).text()).toBe('fine');
  });

  it('refuses any content type but exactly JSON (415), and oversized bodies (413), before any handler', async () => {
    for (const type of ['text/plain', 'application/jsonx', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json; x=1', 'multipart/form-data']) {
      const res = await call({ ...ours(), 'Content-Type': type }, '{"name":"X"}');
      expect(res.status, type).toBe(415);
    }
    const big = await call(ours(), JSON.stringify({ name: 'x', notes: 'y'.repeat(3 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(await personNames()).toEqual(['Léa']);
    expect((await call({ ...ours(), 'Content-Type': 'application/json; charset=UTF-8' }, '{"name":"Zoé"}')).status).toBe(200);
  });
});

describe('exact JSON content type', () => {
  it('accepts application/json with at most charset=utf-8', () => {
    for (const ok of ['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"']) expect(isJsonContentType(ok), ok).toBe(true);
    for (const bad of [undefined, '', 'application/json;', 'application/json; charset=utf-16', 'text/json', ' application/json', 'application/json, text/plain']) {
      expect(isJsonContentType(bad), String(bad)).toBe(false);
    }
  });
});
