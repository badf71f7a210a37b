import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app';
import { migrate } from '../../../../electron/services/db/migrate';
import { migrations } from '../../../../electron/services/db/migrations/index';
import type { SessionCommand } from '../../../../shared/session/commands';
import { call } from '../../../helpers/call';
import { databaseAt, seedSessions } from '../../../helpers/schema-at';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { testFolderKey } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const PNG = `data:image/png;base64,iVBORw0KGgo${'AAAA'.repeat(80)}`;

function setup(dir = tempDir(), settings: Record<string, unknown> = {}) {
  const clock = { now: Date.parse('2026-03-02T10:00:00Z') };
  const settingsFile = memorySettingsFile(settings);
  const s = createAppServices({ key: testFolderKey, dataDir: dir, settingsFile, version: 't', log: () => {}, now: () => new Date(clock.now) });
  return { s, clock, settingsFile, dir };
}
type S = ReturnType<typeof setup>['s'];
const cmd = (s: S, sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });

async function refusal(s: S, name: Parameters<S['dispatch']>[0], input: unknown) {
  const r = await s.dispatch(name, input);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error.message;
}

describe('helper profiles', () => {
  it('upgrade: the old single helper name becomes the first profile, and the sessions held under it point at it', async () => {
    const dir = tempDir();
    const old = databaseAt(dir, 8);
    seedSessions(old);
    old.prepare("UPDATE sessions SET helper_name = 'Louis' WHERE id = 's2'").run();
    migrate(old, migrations, 9);
    old.close();

    const first = setup(dir, { helperName: 'Camille' });
    const { helpers, lastUsedId } = await call(first.s, 'listHelpers', {});
    expect(helpers).toEqual([
      { id: expect.any(String), displayName: 'Camille', quickAssistName: '', createdAt: first.clock.now, retiredAt: null, lastUsedAt: null, used: true, hasPin: false },
    ]);
    // The only profile is the one preparation offers.
    expect(lastUsedId).toBe(helpers[0]!.id);
    expect(first.s.db.prepare('SELECT id, helper_id FROM sessions ORDER BY id').all()).toEqual([
      { id: 's1', helper_id: helpers[0]!.id },
      { id: 's2', helper_id: null },
    ]);
    expect(first.settingsFile.store.helperName).toBe('');
    // The history's filter: the profile, and the name no profile took over.
    expect(await call(first.s, 'listHistoryHelpers', {})).toEqual({ profiles: [{ id: helpers[0]!.id, name: 'Camille', retired: false }], otherNames: ['Louis'] });
    first.s.close();

    // A second start changes nothing, even with the name back in the settings.
    const second = setup(dir, { helperName: 'Camille' });
    expect((await call(second.s, 'listHelpers', {})).helpers.map((h) => h.id)).toEqual([helpers[0]!.id]);
    second.s.close();
  });

  it('adds, renames, retires and puts back; refuses a name taken twice; deletes only a profile never used', async () => {
    const { s } = setup();
    expect(await call(s, 'listHelpers', {})).toEqual({ helpers: [], lastUsedId: null });
    const camille = await call(s, 'addHelper', { displayName: '  Camille Martin ', quickAssistName: 'Camille M.' });
    expect(camille).toMatchObject({ displayName: 'Camille Martin', quickAssistName: 'Camille M.', retiredAt: null, used: false });
    const louis = await call(s, 'addHelper', { displayName: 'Louis Petit' });
    expect(louis.quickAssistName).toBe('');
    expect(await refusal(s, 'addHelper', { displayName: 'camille MARTIN' })).toBe(
      'Un profil porte déjà le nom « Camille Martin » : choisissez un autre nom, ou remettez ce profil en service.',
    );
    expect(await refusal(s, 'addHelper', { displayName: '   ' })).toBe('Indiquez le nom de l’aidant·e.');
    // Two profiles never used: the helper chooses; no silent default.
    expect((await call(s, 'listHelpers', {})).lastUsedId).toBeNull();

    const renamed = await call(s, 'updateHelper', { id: louis.id, displayName: 'Louis Petitjean', quickAssistName: 'Louis P.' });
    expect(renamed).toMatchObject({ displayName: 'Louis Petitjean', quickAssistName: 'Louis P.' });
    const retired = await call(s, 'retireHelper', { id: louis.id });
    expect(retired.retiredAt).toBe(Date.parse('2026-03-02T10:00:00Z'));
    expect((await call(s, 'listHelpers', {})).helpers.map((h) => h.displayName)).toEqual(['Camille Martin', 'Louis Petitjean']);
    expect(await refusal(s, 'restoreHelper', { id: camille.id })).toBe('Ce profil est déjà en service : il n’y a rien à remettre.');
    expect((await call(s, 'restoreHelper', { id: louis.id })).retiredAt).toBeNull();
    expect(await call(s, 'deleteHelper', { id: louis.id })).toEqual({ deleted: true });
    expect(await refusal(s, 'deleteHelper', { id: louis.id })).toBe('Profil d’aidant·e introuvable : rechargez la liste dans Réglages › Aidant·es.');
  });

  it('a session and a signature record which helper; such a profile is retired, never deleted', async () => {
    const { s } = setup();
    const camille = await call(s, 'addHelper', { displayName: 'Camille Martin', quickAssistName: 'Camille M.' });
    const louis = await call(s, 'addHelper', { displayName: 'Louis Petit', quickAssistName: 'Louis P.' });
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });

    // The signature: the journal keeps the profile and its name at that time.
    const draft = await call(s, 'createMandateDraft', {
      personId: person.id,
      helperName: 'Louis Petit',
      scopeItems: [{ label: 'Installer l’imprimante' }],
      exclusions: [],
      tools: ['Assistance rapide'],
      validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
      sessionMinutes: 45,
      place: 'Lyon',
    });
    await call(s, 'recordMandateConsent', { id: draft.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: draft.contentHash, helperId: louis.id });
    const signed = s.db.prepare("SELECT payload FROM mandate_journal WHERE kind = 'signed'").pluck().get() as string;
    expect(JSON.parse(signed).helper).toEqual({ id: louis.id, name: 'Louis Petit' });
    const journal = await call(s, 'listMandateJournal', { personId: person.id });
    expect(journal.find((j) => j.kind === 'signed')).toMatchObject({ key: 'mandateJournal.signedWith', params: { helper: 'Louis Petit' } });
    // Louis signed last: preparation now offers him.
    expect((await call(s, 'listHelpers', {})).lastUsedId).toBe(louis.id);

    // The session: started with the last used, changed at preparation; the row follows.
    const v = await call(s, 'startSession', { personId: person.id });
    expect(v.state.helper).toEqual({ id: louis.id, name: 'Louis Petit', quickAssistName: 'Louis P.' });
    const chosen = await cmd(s, v.id, { type: 'choose_helper', helperId: camille.id, helper: { id: camille.id, name: 'Quelqu’un d’autre', quickAssistName: 'X' } });
    // The names come from the profile, never from the renderer.
    expect(chosen.state.helper).toEqual({ id: camille.id, name: 'Camille Martin', quickAssistName: 'Camille M.' });
    expect(chosen.helperName).toBe('Camille Martin');
    expect(s.db.prepare('SELECT helper_id, helper_name FROM sessions WHERE id = ?').get(v.id)).toEqual({ helper_id: camille.id, helper_name: 'Camille Martin' });
    expect((await call(s, 'listHelpers', {})).lastUsedId).toBe(camille.id);

    // A rename later does not rewrite what the session recorded.
    await call(s, 'updateHelper', { id: camille.id, displayName: 'Camille Martin-Roux', quickAssistName: 'Camille M.' });
    expect((await call(s, 'getSession', { sessionId: v.id })).state.helper?.name).toBe('Camille Martin');

    for (const h of [camille, louis]) {
      expect(await refusal(s, 'deleteHelper', { id: h.id })).toBe('Ce profil a tenu une séance ou signé un mandat : il reste dans l’historique. Retirez-le plutôt.');
    }
    // A retired profile cannot be chosen again by mistake, and the refusal says what to do.
    await call(s, 'retireHelper', { id: louis.id });
    expect(await refusal(s, 'sessionCommand', { sessionId: v.id, command: { type: 'choose_helper', helperId: louis.id } })).toBe(
      'Ce profil est retiré : remettez-le en service dans Réglages › Aidant·es, ou choisissez-en un autre.',
    );
    const filter = await call(s, 'listHistoryHelpers', {});
    expect(filter.profiles.map((p) => [p.name, p.retired])).toEqual([
      ['Camille Martin-Roux', false],
      ['Louis Petit', true],
    ]);
  });
});
