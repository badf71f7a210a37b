import Conf from 'conf';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app';
import { BRIDGE_SCRIPT_PATH, startWebServer, TOKEN_HEADER, type WebServer } from '../../../electron/web/server';

/** Raw request so that Host and Origin can be forged as a rebinding attacker would. */
function raw(port: number, path: string, headers: Record<string, string>, method = 'GET', body?: string) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('browser-mode HTTP bridge', () => {
  let dir: string;
  let services: AppServices;
  let server: WebServer;
  let host: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'binome-web-'));
    const staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    services = createAppServices({
      dataDir: dir,
      settingsFile: new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings' }),
      version: 't',
      log: () => {},
    });
    server = await startWebServer({ services, staticDir, bridgeScript: '/*bridge*/', port: 0 });
    host = `127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close();
    services.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the services hold, asked directly rather than through the HTTP bridge under test. */
  const personNames = async () => {
    const r = await services.dispatch('listPersons', {});
    return r.ok ? (r.value as { name: string }[]).map((p) => p.name) : r;
  };
  const post = (headers: Record<string, string>, body = '{"name":"Léa"}') =>
    raw(server.port, '/api/call/createPerson', { 'Content-Type': 'application/json', ...headers }, 'POST', body);

  it('listens on 127.0.0.1 only and prints a URL with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{40,}$/);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await post({ Host: host })).status).toBe(401);
    expect((await post({ Host: host, [TOKEN_HEADER]: 'x'.repeat(server.token.length) })).status).toBe(401);
    expect((await raw(server.port, '/api/events', { Host: host })).status).toBe(401);
  });

  it('refuses a foreign Host or Origin (DNS rebinding) even with the token', async () => {
    const forged = await post({ Host: `evil.example:${server.port}`, [TOKEN_HEADER]: server.token });
    expect(forged.status).toBe(403);
    expect((await post({ Host: `localhost:${server.port}`, [TOKEN_HEADER]: server.token })).status).toBe(403);
    expect((await post({ Host: host, Origin: 'http://evil.example', [TOKEN_HEADER]: server.token })).status).toBe(403);
    expect((await raw(server.port, '/', { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect(await personNames()).toEqual([]);
  });

  it('accepts our own origin with the token', async () => {
    const res = await post({ Host: host, Origin: server.origin, [TOKEN_HEADER]: server.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Léa' } });
  });

  it('serves the renderer with a strict CSP and injects the bridge before the app', async () => {
    const res = await raw(server.port, '/', { Host: host });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect(res.body).toContain(`<script defer src="${BRIDGE_SCRIPT_PATH}"></script>`);
    expect((await raw(server.port, BRIDGE_SCRIPT_PATH, { Host: host })).body).toBe('/*bridge*/');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const res = await raw(server.port, path, { Host: host });
      expect(res.body, path).not.toContain('secret');
    }
  });

  it('refuses non-JSON and oversized bodies before any handler', async () => {
    const text = await raw(server.port, '/api/call/createPerson', { Host: host, [TOKEN_HEADER]: server.token, 'Content-Type': 'text/plain' }, 'POST', '{"name":"X"}');
    expect(text.status).toBe(415);
    const big = await post({ Host: host, [TOKEN_HEADER]: server.token }, JSON.stringify({ name: 'x', notes: 'y'.repeat(3 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(await personNames()).toEqual(['Léa']);
  });
});
