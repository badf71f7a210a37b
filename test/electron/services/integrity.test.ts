import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchText } from '../../../shared/messages/format';
import { createAppServices } from '../../../electron/services/app';
import { DB_FILE_NAME } from '../../../electron/services/db/open';
import type { IntegrityReport } from '../../../shared/records/calls';
import { memorySettingsFile, useTempDirs } from '../../helpers/temp-dir';
import { startupIntegrity } from '../../helpers/call';
import { openTestDb, testFolderKey } from '../../helpers/test-key';

const tempDir = useTempDirs();

/** A person, a session with a few logged notes, and a signed mandate: rows in both chains. */
async function seed(dir: string) {
  const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {} });
  const person = await s.dispatch('createPerson', { name: 'Rose Petit' });
  const personId = person.ok ? (person.value as { id: string }).id : '';
  const session = await s.dispatch('startSession', { personId });
  expect(session.ok).toBe(true);
  const sessionId = (session as { value: { id: string } }).value.id;
  for (const text of ['un', 'deux', 'trois']) {
    const r = await s.dispatch('sessionCommand', { sessionId, command: { type: 'add_note', text } });
    expect(r.ok).toBe(true);
  }
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const draft = await s.dispatch('createMandateDraft', {
    personId,
    helperName: 'Camille',
    associationName: 'Les Binômes',
    scopeItems: [{ label: 'Installer l’imprimante' }],
    exclusions: [],
    tools: ['Assistance rapide'],
    validity: { kind: 'preset', preset: '1m', start: today },
    sessionMinutes: 30,
    place: 'Lyon',
  });
  expect(draft.ok).toBe(true);
  s.close();
  return sessionId;
}

function reopen(dir: string) {
  const errors: unknown[] = [];
  const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: (e) => errors.push(e) });
  return { s, errors };
}

describe('tamper evidence', () => {
  it('an untouched database verifies, at start-up and on demand', async () => {
    const dir = tempDir();
    await seed(dir);
    const { s, errors } = reopen(dir);
    expect((await startupIntegrity(s))).toMatchObject({ ok: true, scope: 'since_checkpoint', sqlite: 'not_checked', broken: [] });
    expect((await startupIntegrity(s)).sessionEvents).toBeGreaterThanOrEqual(4);
    expect((await startupIntegrity(s)).mandateJournal).toBeGreaterThanOrEqual(1);
    const r = await s.dispatch('verifyIntegrity', {});
    expect(r).toMatchObject({ ok: true, value: { ok: true, scope: 'full', sqlite: 'ok', key: 'integrity.verified' } });
    expect(frenchText(await startupIntegrity(s))).toBe('Intégrité vérifiée : aucun enregistrement n’a été modifié.');
    expect(errors).toEqual([]);
    s.close();
  });

  it('an event edited outside Binôme is reported at start-up, naming the first bad row', async () => {
    const dir = tempDir();
    const sessionId = await seed(dir);
    const raw = openTestDb(join(dir, DB_FILE_NAME));
    // Whoever tampers must first drop our trigger: the app itself can never edit a row.
    raw.exec('DROP TRIGGER session_events_no_update');
    raw.prepare("UPDATE session_events SET payload = '{\"text\":\"autre chose\"}' WHERE session_id = ? AND seq = 3").run(sessionId);
    raw.close();
    const { s, errors } = reopen(dir);
    const report: IntegrityReport = (await startupIntegrity(s));
    expect(report.ok).toBe(false);
    expect(report.broken).toHaveLength(1);
    expect(report.broken[0]).toMatchObject({ table: 'session_events', position: 3, ownerId: sessionId });
    expect(report.broken[0]).toMatchObject({ key: 'integrity.brokenSessionEvent', params: { position: 3, session: sessionId, seq: 3 } });
    expect(frenchText(report.broken[0]!)).toContain('la ligne n° 3');
    expect(errors).toHaveLength(1);
    s.close();
  });

  it('a journal row deleted outside Binôme breaks the chain at the row after it', async () => {
    const dir = tempDir();
    const sessionId = await seed(dir);
    const raw = openTestDb(join(dir, DB_FILE_NAME));
    raw.exec('UPDATE purge_gate SET open = 1');
    raw.prepare('DELETE FROM session_events WHERE session_id = ? AND seq = 2').run(sessionId);
    raw.exec('UPDATE purge_gate SET open = 0');
    raw.close();
    const { s } = reopen(dir);
    const r = await s.dispatch('verifyIntegrity', {});
    expect(r.ok && (r.value as IntegrityReport).broken.map((b) => [b.table, b.position])).toEqual([['session_events', 2]]);
    s.close();
  });
});
