import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createServicesHost } from '../../../../electron/services/host';
import { keyFilePath } from '../../../../electron/services/keys/key-file';
import { WORDS } from '../../../../electron/services/keys/recovery-phrase';
import type { MethodName } from '../../../../shared/ipc/contract';
import { frenchText } from '../../../../shared/messages/format';
import { call } from '../../../helpers/call';
import { PNG } from '../../../helpers/records-seed';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { TEST_PHRASE, testHostKeys } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const START = Date.parse('2026-03-02T10:00:00Z');
/** Eight words of the list, but not this folder's phrase. */
const OTHER_PHRASE = [...TEST_PHRASE.split(' ').slice(0, 7), WORDS.find((w) => !TEST_PHRASE.includes(w))!].join(' ');

function openHost(dir: string, clock: { now: number }) {
  return createServicesHost({ dataDir: dir, settingsFile: memorySettingsFile(), version: 't', log: () => {}, now: () => new Date(clock.now), elapsed: () => 0, ...testHostKeys(dir) });
}

type Host = ReturnType<typeof openHost>;

async function refused(h: Host, name: MethodName, input: unknown = {}) {
  const r = await h.dispatch(name, input);
  expect(r.ok, `${name} should be refused`).toBe(false);
  return r.ok ? null : r.error;
}

/** A folder where every profile in service has a PIN, with a person, a signed mandate and a withdrawn action; reopened, so locked. */
async function everyProfileWithAPin(dir: string, clock: { now: number }) {
  const h = openHost(dir, clock);
  await h.start();
  const camille = await call(h, 'addHelper', { displayName: 'Camille', quickAssistName: '' });
  const louis = await call(h, 'addHelper', { displayName: 'Louis', quickAssistName: '' });
  // The profile imported from the old single setting, if any, gets one too.
  for (const p of (await call(h, 'listHelpers')).helpers) await call(h, 'setHelperPin', { id: p.id, newPin: p.id === louis.id ? '55556666' : '482915' });
  const helene = await call(h, 'createPerson', { name: 'Hélène Martin' });
  const draft = await call(h, 'createMandateDraft', {
    personId: helene.id,
    helperName: 'Camille',
    scopeItems: [{ label: 'Installer l’imprimante' }, { label: 'Créer une adresse e-mail' }],
    exclusions: [],
    tools: ['Assistance rapide'],
    validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
    sessionMinutes: 45,
    place: 'Lyon',
  });
  await call(h, 'recordMandateConsent', { id: draft.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: draft.contentHash });
  h.close();
  const again = openHost(dir, clock);
  await again.start();
  return { h: again, camille, louis, helene, mandate: draft.mandate };
}

describe('every PIN forgotten: the association’s recovery phrase opens Binôme', () => {
  it('offers nothing to a wrong phrase (refused in French, slower and slower, nothing changed); the right phrase opens with no profile named', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const { h, camille } = await everyProfileWithAPin(dir, clock);
    const state = await call(h, 'getLockState');
    expect(state).toMatchObject({ locked: true, reason: 'start', recovery: false });
    expect(state.profiles.every((p) => p.hasPin)).toBe(true);
    const keyFile = readFileSync(keyFilePath(dir), 'utf8');
    const pins = () => h.current()!.db.prepare('SELECT id, pin_hash FROM helpers ORDER BY id').all();
    const pinsBefore = pins();

    // A slip of the fingers (a word missing, a word not in the list) is answered by the parser and not counted.
    expect(await refused(h, 'unlockWithRecoveryPhrase', { phrase: TEST_PHRASE.split(' ').slice(1).join(' ') })).toMatchObject({ key: 'keys.phraseWordCount' });
    expect(await refused(h, 'unlockWithRecoveryPhrase', { phrase: `${TEST_PHRASE.split(' ').slice(1).join(' ')} zzzz` })).toMatchObject({ key: 'keys.phraseUnknownWords' });
    // Another phrase: refused in French, twice free, then a wait that grows like a wrong PIN's.
    const wrong = await refused(h, 'unlockWithRecoveryPhrase', { phrase: OTHER_PHRASE });
    expect(wrong).toMatchObject({ code: 'invalid_input', key: 'keys.wrongPhrase', message: frenchText({ key: 'keys.wrongPhrase' }) });
    expect(wrong!.message).toMatch(/^Cette phrase de récupération ne correspond pas/);
    expect(await refused(h, 'unlockWithRecoveryPhrase', { phrase: OTHER_PHRASE })).toMatchObject({ key: 'keys.wrongPhrase' });
    expect(await refused(h, 'unlockWithRecoveryPhrase', { phrase: OTHER_PHRASE })).toMatchObject({ key: 'lock.wrongPhraseWait', params: { seconds: 15 } });
    // While it waits, even the right phrase is not tried.
    expect(await refused(h, 'unlockWithRecoveryPhrase', { phrase: TEST_PHRASE })).toMatchObject({ key: 'lock.phraseWaitBeforeRetry', params: { seconds: 15 } });
    // Nothing changed: still locked, no person readable, the key file and every PIN as they were.
    expect((await call(h, 'getLockState')).locked).toBe(true);
    expect(await refused(h, 'listPersons', { query: '' })).toMatchObject({ key: 'lock.locked' });
    expect(readFileSync(keyFilePath(dir), 'utf8')).toBe(keyFile);
    expect(pins()).toEqual(pinsBefore);

    clock.now += 15_000;
    const opened = await call(h, 'unlockWithRecoveryPhrase', { phrase: TEST_PHRASE });
    expect(opened).toMatchObject({ locked: false, reason: null, helper: null, recovery: true });
    expect((await call(h, 'listPersons', { query: '' })).map((p) => p.name)).toEqual(['Hélène Martin']);

    // Locked again, the phrase's opening is over: a profile opens as itself, and the PIN rules are back.
    await call(h, 'lockApp');
    const asCamille = await call(h, 'unlockApp', { helperId: camille.id, pin: '482915' });
    expect(asCamille).toMatchObject({ recovery: false, helper: { id: camille.id } });
    expect(await refused(h, 'removeHelperPin', { id: camille.id })).toMatchObject({ key: 'lock.pinRequired' });
    h.close();
  });

  it('opened with the phrase, Réglages removes or resets a forgotten PIN without it; records name the association', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const { h, camille, louis, helene, mandate } = await everyProfileWithAPin(dir, clock);
    await call(h, 'unlockWithRecoveryPhrase', { phrase: TEST_PHRASE });

    // Camille's PIN reset, Louis's removed: no current PIN asked.
    expect((await call(h, 'setHelperPin', { id: camille.id, newPin: '13572468' })).hasPin).toBe(true);
    expect((await call(h, 'removeHelperPin', { id: louis.id })).hasPin).toBe(false);

    // A withdrawal and an export while opened this way: the journal says the association, through its phrase.
    const itemId = mandate.scopeItems[1]!.id;
    await call(h, 'revokeMandate', { id: mandate.id, revocation: { scope: 'item', itemId, date: '2026-03-02', reason: 'Plus besoin' } });
    const exported = await call(h, 'getPersonExport', { personId: helene.id });
    expect(exported.document.exportedBy).toEqual({ recovery: true });
    const db = h.current()!.db;
    const payload = (kind: string) => JSON.parse(db.prepare('SELECT payload FROM mandate_journal WHERE kind = ? ORDER BY rowid DESC').pluck().get(kind) as string);
    expect(payload('item_revoked')).toMatchObject({ recovery: true });
    expect(payload('item_revoked').helper).toBeUndefined();
    expect(payload('exported')).toEqual({ format: 'dossier', recovery: true });
    // Read as the journal shows them, with ordinary spaces for the comparison.
    const lines = (await call(h, 'listMandateJournal', { personId: helene.id })).map((j) => frenchText({ key: j.key, ...(j.params ? { params: j.params } : {}) }).replace(/[\u00a0\u202f]/g, ' '));
    expect(lines).toContain('Dossier exporté (droit d’accès) par l’association (phrase de récupération).');
    expect(lines.some((l) => l.startsWith('Action retirée : « Créer une adresse e-mail »') && l.includes(', avec l’association (phrase de récupération).'))).toBe(true);

    // An erasure: its tombstones say the association did it, and nothing of whom.
    await call(h, 'erasePerson', { id: helene.id, confirmName: 'Hélène Martin' });
    const tombs = db.prepare("SELECT payload FROM mandate_journal WHERE kind = 'tombstone' UNION ALL SELECT payload FROM record_journal WHERE kind = 'tombstone'").pluck().all() as string[];
    expect(tombs.length).toBeGreaterThan(0);
    for (const t of tombs) {
      expect(JSON.parse(t).by).toEqual({ recovery: true });
      expect(t).not.toMatch(/Hélène/);
    }
    // The integrity check accepts those tombstones as Binôme's own.
    expect((await call(h, 'verifyIntegrity')).findings).toEqual([]);

    // The reset PIN opens, the removed one opens with a click.
    await call(h, 'lockApp');
    expect((await call(h, 'unlockApp', { helperId: camille.id, pin: '13572468' })).helper).toEqual({ id: camille.id, name: 'Camille' });
    await call(h, 'lockApp');
    expect((await call(h, 'unlockApp', { helperId: louis.id })).helper).toEqual({ id: louis.id, name: 'Louis' });
    h.close();
  });
});
