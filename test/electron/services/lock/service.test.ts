import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../../shared/ipc/contract';
import type { SessionCommand } from '../../../../shared/session/commands';
import { call, openServices, PNG, type Services } from '../../../helpers/records-seed';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const START = Date.parse('2026-03-02T10:00:00Z');
const cmd = (s: Services, sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });

/** The French refusal of a call, or fails the test if the call answered. */
async function refused(s: Services, name: MethodName, input: unknown = {}) {
  const r = await s.dispatch(name, input);
  expect(r.ok, `${name} should be refused`).toBe(false);
  return r.ok ? null : r.error;
}

async function withPinnedProfile(dir: string, clock: { now: number }, settings: Record<string, unknown> = {}) {
  const s = openServices(dir, clock, settings);
  const camille = await call(s, 'addHelper', { displayName: 'Camille', quickAssistName: 'Camille M.' });
  await call(s, 'setHelperPin', { id: camille.id, newPin: '482915' });
  return { s, camille };
}

describe('the lock', () => {
  it('starts locked once a profile has a PIN; everything but the lock screen is refused in French; the right PIN opens', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const first = await withPinnedProfile(dir, clock);
    const louis = await call(first.s, 'addHelper', { displayName: 'Louis', quickAssistName: '' });
    await call(first.s, 'createPerson', { name: 'Hélène Martin' });
    first.s.close();

    const s = openServices(dir, clock);
    const state = await call(s, 'getLockState');
    expect(state).toMatchObject({ locked: true, reason: 'start', helper: null, pinnedSessionId: null });
    // Helper names only: nothing of any person.
    expect(state.profiles).toEqual([
      { id: first.camille.id, displayName: 'Camille', hasPin: true },
      { id: louis.id, displayName: 'Louis', hasPin: false },
    ]);
    for (const name of ['listPersons', 'listOpenSessions', 'searchHistory', 'listHelpers', 'updateSettings', 'listBackups'] as MethodName[]) {
      const error = await refused(s, name, name === 'listPersons' ? { query: '' } : {});
      expect(error).toMatchObject({ code: 'forbidden', key: 'lock.locked' });
      expect(error!.message).toBe('Binôme est verrouillé : choisissez votre profil et tapez votre code PIN pour continuer.');
    }
    // The language and text size still apply to the lock screen.
    expect((await call(s, 'getSettings')).language).toBe('fr');

    expect(await refused(s, 'unlockApp', { helperId: first.camille.id, pin: '000000' })).toMatchObject({ code: 'unauthorized', message: 'Code PIN incorrect. Vérifiez le profil choisi et réessayez.' });
    expect(await refused(s, 'unlockApp', { helperId: first.camille.id })).toMatchObject({ key: 'lock.pinRequired' });
    expect(await refused(s, 'unlockApp', { helperId: null })).toMatchObject({ key: 'lock.chooseProfile' });
    expect((await call(s, 'getLockState')).locked).toBe(true);

    const opened = await call(s, 'unlockApp', { helperId: first.camille.id, pin: '482915' });
    expect(opened).toMatchObject({ locked: false, reason: null, helper: { id: first.camille.id, name: 'Camille' } });
    expect((await call(s, 'listPersons', { query: '' })).map((p) => p.name)).toEqual(['Hélène Martin']);

    // A profile without a PIN unlocks with a click; activity while locked does not open anything.
    await call(s, 'lockApp');
    expect(await call(s, 'noteActivity')).toEqual({ locked: true });
    expect((await call(s, 'unlockApp', { helperId: louis.id })).helper).toEqual({ id: louis.id, name: 'Louis' });
    s.close();
  });

  it('wrong PINs make the profile wait longer and longer, remembered across a restart, and never erase anything', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const { s, camille } = await withPinnedProfile(dir, clock);
    await call(s, 'lockApp');
    const tryPin = (x: Services, pin: string) => x.dispatch('unlockApp', { helperId: camille.id, pin });

    // Two mistakes are free, the third makes it wait 15 s.
    for (let i = 0; i < 2; i++) expect(await tryPin(s, '111111')).toMatchObject({ ok: false, error: { key: 'lock.wrongPin' } });
    expect(await tryPin(s, '111111')).toMatchObject({ ok: false, error: { key: 'lock.wrongPinWait', params: { seconds: 15 } } });
    // While it waits, even the right PIN is not tried.
    expect(await tryPin(s, '482915')).toMatchObject({ ok: false, error: { key: 'lock.waitBeforeRetry', params: { seconds: 15 } } });
    s.close();

    // A restart does not wipe the wait.
    const again = openServices(dir, clock);
    clock.now += 10_000;
    expect(await tryPin(again, '482915')).toMatchObject({ ok: false, error: { key: 'lock.waitBeforeRetry', params: { seconds: 5 } } });
    clock.now += 5_000;
    // The next mistake doubles the wait.
    expect(await tryPin(again, '222222')).toMatchObject({ ok: false, error: { key: 'lock.wrongPinWait', params: { seconds: 30 } } });
    clock.now += 30_000;
    expect(await tryPin(again, '482915')).toMatchObject({ ok: true, value: { locked: false } });
    // The profile and its PIN are still there; the count starts again from zero.
    await call(again, 'lockApp');
    expect(await tryPin(again, '333333')).toMatchObject({ ok: false, error: { key: 'lock.wrongPin' } });
    expect((await call(again, 'getLockState')).profiles).toEqual([{ id: camille.id, displayName: 'Camille', hasPin: true }]);
    again.close();
  });

  it('answers parallel guesses one at a time, so each failure is counted before the next try', async () => {
    const clock = { now: START };
    const { s, camille } = await withPinnedProfile(tempDir(), clock);
    await call(s, 'lockApp');
    const answers = await Promise.all(['100000', '200000', '300000', '400000', '482915'].map((pin) => s.dispatch('unlockApp', { helperId: camille.id, pin })));
    expect(answers.map((a) => (a.ok ? 'open' : a.error.key))).toEqual(['lock.wrongPin', 'lock.wrongPin', 'lock.wrongPinWait', 'lock.waitBeforeRetry', 'lock.waitBeforeRetry']);
    s.close();
  });

  it('locks after the idle delay of the settings, counted from the last activity on its own clock', async () => {
    const clock = { now: START, elapsed: 0 };
    const s = openServices(tempDir(), clock, { lockIdleSeconds: 60 });
    expect(await call(s, 'getLockState')).toMatchObject({ locked: false, helper: null });
    // The service clock moving (a test, browser mode's offset) is not time spent away.
    clock.now += 30 * 24 * 3600_000;
    clock.elapsed += 50_000;
    await call(s, 'noteActivity');
    clock.elapsed += 50_000;
    expect((await call(s, 'listPersons', { query: '' })).length).toBe(0);
    clock.elapsed += 10_000;
    expect(await refused(s, 'listPersons', { query: '' })).toMatchObject({ key: 'lock.locked' });
    expect(await call(s, 'getLockState')).toMatchObject({ locked: true, reason: 'idle' });
    // Without any profile there is no one to name: a click opens.
    expect(await call(s, 'unlockApp', { helperId: null })).toMatchObject({ locked: false, helper: null });
    // The delay is validated: a few seconds at least, four hours at most.
    expect(await refused(s, 'updateSettings', { lockIdleSeconds: 2 })).toMatchObject({ fields: { lockIdleSeconds: { key: 'settings.lockIdleTooShort' } } });
    expect((await call(s, 'getSettings')).lockIdleSeconds).toBe(60);
    expect((await call(openServices(tempDir(), clock), 'getSettings')).lockIdleSeconds).toBe(600);
    s.close();
  });

  it('the system sleeping or locking its screen locks the app', async () => {
    const s = openServices(tempDir(), { now: START });
    s.lock('suspend');
    expect(await call(s, 'getLockState')).toMatchObject({ locked: true, reason: 'suspend' });
    s.close();
  });

  it('keeps the panel of a session whose code runs, and only that session, while locked', async () => {
    const clock = { now: START };
    const { s, camille } = await withPinnedProfile(tempDir(), clock);
    const helene = await call(s, 'createPerson', { name: 'Hélène Martin' });
    const jean = await call(s, 'createPerson', { name: 'Jean Dupont' });
    const other = await call(s, 'startSession', { personId: jean.id });
    const v = await call(s, 'startSession', { personId: helene.id });
    await cmd(s, v.id, { type: 'override_mandate', reason: 'Essai en présence du coordinateur' });
    await cmd(s, v.id, { type: 'next' });
    await cmd(s, v.id, { type: 'confirm_code_box' });
    await cmd(s, v.id, { type: 'next' });

    // No code yet: the lock hides the session too.
    await call(s, 'lockApp');
    expect((await call(s, 'getLockState')).pinnedSessionId).toBeNull();
    expect(await refused(s, 'getSession', { sessionId: v.id })).toMatchObject({ key: 'lock.locked' });
    await call(s, 'unlockApp', { helperId: camille.id, pin: '482915' });
    await cmd(s, v.id, { type: 'generate_code', code: 'AB12CD' });

    await call(s, 'lockApp');
    expect((await call(s, 'getLockState')).pinnedSessionId).toBe(v.id);
    // The pinned panel keeps the code's countdown and the dictation aid (the code is held in memory only).
    expect(await call(s, 'getSession', { sessionId: v.id })).toMatchObject({ state: { code: { status: 'pending' } }, dictationCode: 'AB12CD' });
    expect((await cmd(s, v.id, { type: 'next' })).state.step).toBe('entry');
    // Nothing of the other person, nor any list.
    expect(await refused(s, 'getSession', { sessionId: other.id })).toMatchObject({ key: 'lock.locked' });
    expect(await refused(s, 'sessionCommand', { sessionId: other.id, command: { type: 'add_note', text: 'x' } })).toMatchObject({ key: 'lock.locked' });
    expect(await refused(s, 'listOpenSessions')).toMatchObject({ key: 'lock.locked' });
    expect(await refused(s, 'getPerson', { id: helene.id })).toMatchObject({ key: 'lock.locked' });

    // Once the code's ten minutes are over, the session is hidden like the rest.
    clock.now += 10 * 60_000;
    expect((await call(s, 'getLockState')).pinnedSessionId).toBeNull();
    expect(await refused(s, 'getSession', { sessionId: v.id })).toMatchObject({ key: 'lock.locked' });
    s.close();
  });

  it('records name the unlocked profile: sessions, signatures, withdrawals, exports and erasures', async () => {
    const clock = { now: START };
    const { s, camille } = await withPinnedProfile(tempDir(), clock);
    const louis = await call(s, 'addHelper', { displayName: 'Louis', quickAssistName: '' });
    await call(s, 'unlockApp', { helperId: camille.id, pin: '482915' });
    const helene = await call(s, 'createPerson', { name: 'Hélène Martin' });
    const camilleRef = { id: camille.id, name: 'Camille' };

    // Signature: the unlocked profile, and no other.
    const draft = await call(s, 'createMandateDraft', {
      personId: helene.id,
      helperName: 'Camille',
      scopeItems: [{ label: 'Installer l’imprimante' }, { label: 'Créer une adresse e-mail' }],
      exclusions: [],
      tools: ['Assistance rapide'],
      validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
      sessionMinutes: 45,
      place: 'Lyon',
    });
    const consent = { method: 'drawn' as const, personSignature: PNG, helperSignature: PNG };
    expect(await refused(s, 'recordMandateConsent', { id: draft.mandate.id, consent, shownHash: draft.contentHash, helperId: louis.id })).toMatchObject({ key: 'lock.otherHelper', params: { name: 'Camille' } });
    await call(s, 'recordMandateConsent', { id: draft.mandate.id, consent, shownHash: draft.contentHash });

    // Session: started and kept under the unlocked profile.
    const v = await call(s, 'startSession', { personId: helene.id });
    expect(v.state.helper).toMatchObject(camilleRef);
    expect(await refused(s, 'sessionCommand', { sessionId: v.id, command: { type: 'choose_helper', helperId: louis.id } })).toMatchObject({ key: 'lock.otherHelper' });
    await cmd(s, v.id, { type: 'close', outcome: 'aborted' });
    expect(s.db.prepare('SELECT helper_id, helper_name FROM sessions WHERE id = ?').get(v.id)).toEqual({ helper_id: camille.id, helper_name: 'Camille' });

    // Withdrawal of one action, then the export.
    const itemId = draft.mandate.scopeItems[1]!.id;
    await call(s, 'revokeMandate', { id: draft.mandate.id, revocation: { scope: 'item', itemId, date: '2026-03-02', reason: 'Plus besoin' } });
    const exported = await call(s, 'getPersonExport', { personId: helene.id });
    expect(exported.document.exportedBy).toEqual(camilleRef);
    const journal = await call(s, 'listMandateJournal', { personId: helene.id });
    const byKind = (kind: string) => JSON.parse((s.db.prepare('SELECT payload FROM mandate_journal WHERE kind = ? ORDER BY rowid DESC').get(kind) as { payload: string }).payload);
    expect(byKind('signed').helper).toEqual(camilleRef);
    expect(byKind('item_revoked').helper).toEqual(camilleRef);
    expect(byKind('exported')).toEqual({ format: 'dossier', helper: camilleRef });
    expect(journal.map((j) => j.key)).toEqual(expect.arrayContaining(['mandateJournal.itemWithdrawnBy', 'mandateJournal.exportedBy']));

    // Erasure: the tombstones say who erased, never whom.
    await call(s, 'erasePerson', { id: helene.id, confirmName: 'Hélène Martin' });
    const tombs = s.db.prepare("SELECT payload FROM mandate_journal WHERE kind = 'tombstone' UNION ALL SELECT payload FROM session_events WHERE type = 'tombstone'").pluck().all() as string[];
    expect(tombs.length).toBe(2);
    for (const t of tombs) {
      expect(JSON.parse(t).by).toEqual(camilleRef);
      expect(t).not.toMatch(/Hélène/);
    }
    s.close();
  });

  it('sets, changes (current PIN asked) and removes a PIN, keeping only a slow hash', async () => {
    const clock = { now: START };
    const { s, camille } = await withPinnedProfile(tempDir(), clock);
    const stored = s.db.prepare('SELECT pin_hash FROM helpers WHERE id = ?').pluck().get(camille.id) as string;
    expect(stored).not.toContain('482915');
    expect(JSON.parse(stored)).toMatchObject({ alg: 'scrypt', N: 32768, r: 8, p: 1 });

    expect(await refused(s, 'setHelperPin', { id: camille.id, newPin: '123456' })).toMatchObject({ key: 'lock.pinRequired' });
    expect(await refused(s, 'setHelperPin', { id: camille.id, currentPin: '000000', newPin: '123456' })).toMatchObject({ key: 'lock.wrongPin' });
    expect(await refused(s, 'setHelperPin', { id: camille.id, currentPin: '482915', newPin: '12345' })).toMatchObject({ fields: { newPin: { key: 'helpers.pinTooShort' } } });
    expect(await refused(s, 'setHelperPin', { id: camille.id, currentPin: '482915', newPin: '12345a' })).toMatchObject({ fields: { newPin: { key: 'helpers.pinDigitsOnly' } } });
    expect((await call(s, 'setHelperPin', { id: camille.id, currentPin: '482915', newPin: '77778888' })).hasPin).toBe(true);
    await call(s, 'lockApp');
    expect((await s.dispatch('unlockApp', { helperId: camille.id, pin: '482915' })).ok).toBe(false);
    await call(s, 'unlockApp', { helperId: camille.id, pin: '77778888' });

    expect(await refused(s, 'removeHelperPin', { id: camille.id, currentPin: '482915' })).toMatchObject({ key: 'lock.wrongPin' });
    expect((await call(s, 'removeHelperPin', { id: camille.id, currentPin: '77778888' })).hasPin).toBe(false);
    expect(s.db.prepare('SELECT pin_hash FROM helpers WHERE id = ?').pluck().get(camille.id)).toBeNull();
    s.close();
  });
});
