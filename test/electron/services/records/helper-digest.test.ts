import { describe, expect, it } from 'vitest';
import type { SessionCommand } from '../../../../shared/session/commands';
import { verifyIntegrity } from '../../../helpers/call';
import { call, openServices, person } from '../../../helpers/records-seed';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

/**
 * The helper chosen at preparation rewrites the sessions row's helper name, which the record
 * journal digests (0012): the new digest is journaled with it, so the check finds nothing.
 */
describe('a helper chosen at preparation', () => {
  it('is named on the row and journaled again: the integrity check finds nothing, before and after closing', async () => {
    const clock = { now: Date.parse('2026-03-02T09:00:00Z') };
    const s = openServices(tempDir(), clock);
    const camille = await call(s, 'addHelper', { displayName: 'Camille Martin', quickAssistName: 'Camille M.' });
    const louis = await call(s, 'addHelper', { displayName: 'Louis Petit', quickAssistName: 'Louis P.' });
    const cmd = (sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });
    const v = await call(s, 'startSession', { personId: await person(s, 'Rose Petit') });
    clock.now += 60_000;
    await cmd(v.id, { type: 'choose_helper', helperId: camille.id });
    clock.now += 60_000;
    const chosen = await cmd(v.id, { type: 'choose_helper', helperId: louis.id });
    expect(chosen.helperName).toBe('Louis Petit');
    expect(await verifyIntegrity(s)).toMatchObject({ ok: true, findings: [] });
    await cmd(v.id, { type: 'close', outcome: 'aborted' });
    expect(await verifyIntegrity(s)).toMatchObject({ ok: true, findings: [] });
    s.close();
  });
});
