import { expect } from 'vitest';
import { createAppServices } from '../../electron/services/app';
import type { SessionCommand } from '../../shared/session/commands';
import { call } from './call';
import { memorySettingsFile } from './temp-dir';
import { testFolderKey } from './test-key';

export const PNG = `data:image/png;base64,iVBORw0KGgo${'AAAA'.repeat(80)}`;

export type Services = ReturnType<typeof createAppServices>;

/** Services on a real SQLite file with a clock the test moves (and settings it may preset). */
export function openServices(dataDir: string, clock: { now: number; elapsed?: number }, settings: Record<string, unknown> = {}) {
  // The idle lock reads `elapsed`, a clock of its own: moving `now` by months does not lock the app.
  return createAppServices({ key: testFolderKey, dataDir, settingsFile: memorySettingsFile(settings), version: 't', log: () => {}, now: () => new Date(clock.now), elapsed: () => clock.elapsed ?? 0 });
}

export { call };

const cmd = (s: Services, sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });

/** A mandate signed on `start` for six months. */
export async function signedMandate(s: Services, personId: string, start: string): Promise<string> {
  const draft = await call(s, 'createMandateDraft', {
    personId,
    helperName: 'Camille Aidante',
    scopeItems: [{ label: 'Installer l’imprimante' }],
    exclusions: ['Aucune opération bancaire'],
    tools: ['Assistance rapide'],
    validity: { kind: 'preset', preset: '6m', start },
    sessionMinutes: 45,
    place: 'Lyon',
  });
  await call(s, 'recordMandateConsent', { id: draft.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: draft.contentHash });
  return draft.mandate.id;
}

/** A session with the given notes and a follow-up; closed unless `open`. */
export async function session(s: Services, personId: string, notes: string[], options: { open?: boolean } = {}): Promise<string> {
  const v = await call(s, 'startSession', { personId });
  for (const text of notes) await cmd(s, v.id, { type: 'add_note', text });
  await cmd(s, v.id, { type: 'request_followup', text: `Suite : ${notes[0] ?? 'rien'}` });
  if (!options.open) {
    const closed = await cmd(s, v.id, { type: 'close', outcome: 'aborted' });
    expect(closed.state.closed).toBe(true);
  }
  return v.id;
}

export async function person(s: Services, name: string, notes = ''): Promise<string> {
  return (await call(s, 'createPerson', { name, notes })).id;
}
