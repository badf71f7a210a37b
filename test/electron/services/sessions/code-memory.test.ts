import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionCommand } from '../../../../shared/session/commands';
import { call, openServices, person, signedMandate, type Services } from '../../../helpers/records-seed';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const START = Date.parse('2026-03-02T11:00:00Z');
const MIN = 60_000;
const CODE = 'K7M2QX';

const cmd = (s: Services, sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });

/** A session under a signed mandate, with today's plan, up to the code step with the code box in front of the person. */
async function atCodeStep(s: Services) {
  const personId = await person(s, 'Rose Petit');
  await signedMandate(s, personId, '2026-03-02');
  const v = await call(s, 'startSession', { personId });
  await cmd(s, v.id, { type: 'set_plan', items: v.planCandidates.slice(0, 1).map(({ id }) => ({ id })) });
  await cmd(s, v.id, { type: 'next' });
  await cmd(s, v.id, { type: 'confirm_code_box' });
  await cmd(s, v.id, { type: 'next' });
  return { personId, sessionId: v.id };
}

/** Every file under `dir`, recursively, as bytes: database, WAL, SHM, backups and their sidecars, exports. */
function allBytes(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile())
    .map((p) => readFileSync(p).toString('latin1'))
    .join('\n');
}

/** The code as typed, and as any form it could have been stored in. */
const FORMS = [CODE, CODE.toLowerCase(), 'K7M 2QX', 'k7m 2qx', 'K7M-2QX'];

describe('the security code typed for the dictation aid', () => {
  it('is shown back from memory and never reaches the database, its WAL, a backup or an export', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const s = openServices(dir, clock, { codeDurationMinutes: 10, helperName: 'Camille Aidante' });
    const { personId, sessionId } = await atCodeStep(s);
    const v = await cmd(s, sessionId, { type: 'generate_code', code: 'k7m 2qx' });
    expect(v.dictationCode).toBe(CODE);
    expect(v.state.code).toMatchObject({ noted: true, status: 'pending', deadline: START + 10 * MIN });
    expect(JSON.stringify(v.state)).not.toContain(CODE);
    // A reloaded window asks again: still there.
    expect((await call(s, 'getSession', { sessionId })).dictationCode).toBe(CODE);
    await call(s, 'createBackup', { folder: null });
    await call(s, 'exportPersonToFolder', { personId, folder: { path: join(dir, 'usb') } });
    await call(s, 'createBackup', { folder: { path: join(dir, 'usb') } });
    // While the app runs (connection, WAL and all open) and after it stopped.
    const running = allBytes(dir);
    for (const form of FORMS) expect(running).not.toContain(form);
    expect(running).toContain('code_generated');
    s.close();
    const stopped = allBytes(dir);
    for (const form of FORMS) expect(stopped).not.toContain(form);
  });

  it('is forgotten at a restart, typed again under the same countdown, and gone once expired', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const first = openServices(dir, clock, { codeDurationMinutes: 10, helperName: 'Camille Aidante' });
    const { sessionId } = await atCodeStep(first);
    await cmd(first, sessionId, { type: 'generate_code', code: CODE });
    first.close();

    clock.now += 3 * MIN;
    const s = openServices(dir, clock, { codeDurationMinutes: 10, helperName: 'Camille Aidante' });
    const after = await call(s, 'getSession', { sessionId });
    expect(after.state.code).toMatchObject({ noted: true, status: 'pending', deadline: START + 10 * MIN });
    expect(after.dictationCode).toBeNull();
    const retyped = await cmd(s, sessionId, { type: 'note_code', code: 'k7m-2qx' });
    expect(retyped.dictationCode).toBe(CODE);
    expect(retyped.state.eventCount).toBe(after.state.eventCount);
    expect(retyped.state.code!.deadline).toBe(START + 10 * MIN);

    clock.now = START + 10 * MIN;
    expect((await call(s, 'getSession', { sessionId })).dictationCode).toBeNull();
    const refused = await s.dispatch('sessionCommand', { sessionId, command: { type: 'note_code', code: CODE } });
    expect(refused).toMatchObject({ ok: false, error: { key: 'steps.noPendingCode' } });
    s.close();
  });

  it('goes when the person is connected, when another code replaces it, and when the session closes', async () => {
    const clock = { now: START };
    const s = openServices(tempDir(), clock, { codeDurationMinutes: 10, helperName: 'Camille Aidante' });
    const { sessionId } = await atCodeStep(s);
    await cmd(s, sessionId, { type: 'generate_code', code: CODE });
    // « Code généré » without typing the new one: the old code is no longer the one to dictate.
    expect((await cmd(s, sessionId, { type: 'generate_code' })).dictationCode).toBeNull();
    await cmd(s, sessionId, { type: 'generate_code', code: 'P4W9TZ' });
    await cmd(s, sessionId, { type: 'next' });
    expect((await call(s, 'getSession', { sessionId })).dictationCode).toBe('P4W9TZ');
    const connected = await cmd(s, sessionId, { type: 'next' });
    expect(connected.state.code!.status).toBe('cleared');
    expect(connected.dictationCode).toBeNull();
    expect((await cmd(s, sessionId, { type: 'jump', to: 'code' })).dictationCode).toBeNull();
    // Back at the code step, the person reopens Quick Assist: the code waits for the code box again.
    await cmd(s, sessionId, { type: 'confirm_code_box' });
    await cmd(s, sessionId, { type: 'generate_code', code: CODE });
    const closed = await cmd(s, sessionId, { type: 'close', outcome: 'aborted' });
    expect(closed.dictationCode).toBeNull();
    s.close();
  });
});
