import { readFileSync } from 'node:fs';
import Conf from 'conf';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { ERROR_CODES } from '../../../shared/ipc/result';
import { malformedPayloads } from '../../helpers/malformed';
import { openSession } from '../../helpers/web-session';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { testFolderKey } from '../../helpers/test-key';
const COUNT = 1200;

function rowCount(s: AppServices) {
  return (s.db.prepare('SELECT count(*) c FROM persons').get() as { c: number }).c;
}

describe(`${COUNT} malformed payloads`, () => {
  let dir: string;
  let services: AppServices;
  let server: WebServer;
  let cookie: string;
  const settingsPath = () => join(dir, 'settings.json');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'binome-fuzz-'));
    const file = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', clearInvalidConfig: false });
    services = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: file, version: 't', log: () => {} });
    services.settings.update({ helperName: 'Témoin' });
    server = await startWebServer({ services, staticDir: dir, bridgeScript: '', port: 0 });
    cookie = await openSession(server, server.url);
  });
  afterAll(async () => {
    await server.close();
    services.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sent to the handlers: each gets a typed French error and nothing is written', async () => {
    const before = readFileSync(settingsPath(), 'utf8');
    for (const { name, input } of malformedPayloads(COUNT, 1)) {
      const r = await services.dispatch(name, input);
      expect(r.ok, `${name} ${JSON.stringify(input)?.slice(0, 120)}`).toBe(false);
      if (!r.ok) {
        expect(ERROR_CODES).toContain(r.error.code);
        expect(['invalid_input', 'unknown_method']).toContain(r.error.code);
        expect(r.error.message.length).toBeGreaterThan(5);
        expect(r.error.message).not.toMatch(/^(Invalid|Expected|Unrecognized)/);
      }
    }
    expect(rowCount(services)).toBe(0);
    expect(readFileSync(settingsPath(), 'utf8')).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sent through the HTTP bridge: each gets a typed error and nothing is written', async () => {
    const before = readFileSync(settingsPath(), 'utf8');
    const cases = malformedPayloads(COUNT, 2);
    // Some bodies are not even JSON: the bridge must refuse them before dispatch.
    const rawBodies = ['{', 'null,', '\u0000', '[[[', '{"name": "A"', 'undefined'];
    for (const [i, { name, input }] of cases.entries()) {
      const body = i % 50 === 0 ? rawBodies[(i / 50) % rawBodies.length]! : JSON.stringify(input) ?? 'null';
      const res = await fetch(`${server.origin}/api/call/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: server.origin },
        body,
      });
      const json = (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
      expect(json.ok, `${name} ${body.slice(0, 120)}`).toBe(false);
      expect(ERROR_CODES).toContain(json.error!.code);
      // Refused by validation, not by the bridge's gates: the session and Origin were right.
      expect(['invalid_input', 'unknown_method']).toContain(json.error!.code);
      expect(json.error!.message.length).toBeGreaterThan(3);
    }
    expect(rowCount(services)).toBe(0);
    expect(readFileSync(settingsPath(), 'utf8')).toBe(before);
  });
});
