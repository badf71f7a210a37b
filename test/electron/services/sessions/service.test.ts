import { frenchText } from '../../../../shared/messages/format';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app';
import { DB_FILE_NAME } from '../../../../electron/services/db/open';
import type { SessionCommand } from '../../../../shared/session/commands';
import { judgeRequest } from '../../../../shared/scope-guard';
import { memorySettingsFile, useTempDirs } from '../../../helpers/temp-dir';
import { call } from '../../../helpers/call';
import { openTestDb, testFolderKey } from '../../../helpers/test-key';

const tempDir = useTempDirs();
const PNG = `data:image/png;base64,iVBORw0KGgo${'AAAA'.repeat(80)}`;
const START = new Date('2026-03-02T11:00:00Z').getTime();

/** Services on a real SQLite file with a clock the test moves; one helper profile, as the upgrade leaves it. */
function setup(dir = tempDir(), clock = { now: START }) {
  const s = createAppServices({
    key: testFolderKey,
    dataDir: dir,
    settingsFile: memorySettingsFile({ codeDurationMinutes: 10, helperName: 'Camille Aidante' }),
    version: 't',
    log: () => {},
    now: () => new Date(clock.now),
  });
  return { s, clock, dir };
}
type S = ReturnType<typeof setup>['s'];

const cmd = (s: S, sessionId: string, command: SessionCommand) => call(s, 'sessionCommand', { sessionId, command });

async function signedMandate(s: S, personId: string) {
  const draft = await call(s, 'createMandateDraft', {
    personId,
    helperName: 'Camille Aidante',
    scopeItems: [{ label: 'Installer l’imprimante' }, { label: 'Créer une adresse e-mail' }],
    exclusions: ['Aucune opération bancaire'],
    tools: ['Assistance rapide'],
    validity: { kind: 'preset', preset: '6m', start: '2026-03-02' },
    sessionMinutes: 45,
    place: 'Lyon',
  });
  await call(s, 'recordMandateConsent', { id: draft.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: draft.contentHash });
}

describe('sessions service (real SQLite)', () => {
  it('without a mandate: starts at préparation, refuses to go on until a reason is logged', async () => {
    const { s } = setup();
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
    const v = await call(s, 'startSession', { personId: person.id });
    expect(v.state.step).toBe('preparation');
    expect(v.mandate.status).toBe('none');
    expect(v.mandate.key).toBe('mandateCheck.none');
    const refused = await s.dispatch('sessionCommand', { sessionId: v.id, command: { type: 'next' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Aucun mandat/);
    await cmd(s, v.id, { type: 'override_mandate', reason: 'Mandat papier signé, saisie demain' });
    const next = await cmd(s, v.id, { type: 'next' });
    expect(next.state.step).toBe('call');
    expect(next.state.overrideReason).toBe('Mandat papier signé, saisie demain');
    const again = await s.dispatch('startSession', { personId: person.id });
    expect(again.ok).toBe(false);
  });

  it('a signed mandate lets it start and gives the scope; the renderer cannot claim another status', async () => {
    const { s } = setup();
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
    await signedMandate(s, person.id);
    const v = await call(s, 'startSession', { personId: person.id });
    expect(v.mandate.canStart).toBe(true);
    expect(v.mandate.scopeItems.map((i) => i.label)).toEqual(['Installer l’imprimante', 'Créer une adresse e-mail']);
    expect(v.mandate.sessionMinutes).toBe(45);
    const checked = await cmd(s, v.id, { type: 'recheck_mandate', mandateStatus: 'none' });
    expect(checked.state.mandateStatus).toBe('valid');
    // Today's plan comes from the mandate in force, whatever label the renderer sends.
    expect(checked.planCandidates.map((c) => c.label)).toEqual(['Installer l’imprimante', 'Créer une adresse e-mail']);
    const email = checked.planCandidates[1]!;
    const plan = await cmd(s, v.id, { type: 'set_plan', items: [{ id: email.id, label: 'Faire un virement' }] });
    expect(plan.state.plan).toEqual([{ id: email.id, label: 'Créer une adresse e-mail' }]);
    const unknown = await s.dispatch('sessionCommand', { sessionId: v.id, command: { type: 'set_plan', items: [{ id: 'forged-item' }] } });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toBe('Cette action n’est pas dans le mandat en vigueur : vérifiez de nouveau le mandat, puis cochez de nouveau.');
    const moved = await cmd(s, v.id, { type: 'next' });
    expect(moved.state.step).toBe('call');
    expect(moved.planCandidates).toEqual([]);
  });

  it('gives the scope guard only the actions in force: a withdrawn action, or a mandate no longer in force, never matches', async () => {
    const { s, clock } = setup();
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
    await signedMandate(s, person.id);
    const first = await call(s, 'startSession', { personId: person.id });
    expect(first.mandate.guardScope).toEqual(['Installer l’imprimante', 'Créer une adresse e-mail']);
    const printer = first.mandate.scopeItems.find((i) => i.label === 'Installer l’imprimante')!;
    await call(s, 'revokeMandate', { id: first.mandate.mandateId!, revocation: { scope: 'item', itemId: printer.id, date: '2026-03-02', reason: 'Imprimante changée' } });
    const withdrawn = await call(s, 'getSession', { sessionId: first.id });
    expect(withdrawn.mandate.guardScope).toEqual(['Créer une adresse e-mail']);
    expect(judgeRequest({ scope: withdrawn.mandate.guardScope, exclusions: withdrawn.mandate.exclusions, request: "installer l'imprimante" }).verdict).not.toBe('in_scope');
    await cmd(s, first.id, { type: 'close', outcome: 'aborted' });

    // Seven months later the mandate has ended: a session may still be held (with a reason), but nothing is in the mandate.
    clock.now = new Date('2026-10-05T09:00:00Z').getTime();
    const later = await call(s, 'startSession', { personId: person.id });
    expect(later.mandate.status).toBe('expired');
    expect(later.mandate.guardScope).toEqual([]);
    expect(judgeRequest({ scope: later.mandate.guardScope, exclusions: later.mandate.exclusions, request: 'créer une adresse e-mail' })).toMatchObject({ verdict: 'out_of_scope', why: 'no_scope' });
  });

  it('resumes after a restart at the same step with the same deadline; expiry needs the service clock', async () => {
    const dir = tempDir();
    const clock = { now: START };
    const first = setup(dir, clock);
    const person = await call(first.s, 'createPerson', { name: 'Hélène Martin' });
    const v = await call(first.s, 'startSession', { personId: person.id });
    await cmd(first.s, v.id, { type: 'override_mandate', reason: 'Essai en présence du coordinateur' });
    await cmd(first.s, v.id, { type: 'next' });
    await cmd(first.s, v.id, { type: 'confirm_code_box' });
    await cmd(first.s, v.id, { type: 'next' });
    clock.now += 5_000;
    const coded = await cmd(first.s, v.id, { type: 'generate_code', code: 'ab1 2o3', durationMinutes: 60 });
    expect(coded.state.code).toMatchObject({ noted: true, deadline: START + 5_000 + 600_000, status: 'pending' });
    expect(coded.dictationCode).toBe('AB12O3');
    const early = await first.s.dispatch('sessionCommand', { sessionId: v.id, command: { type: 'expire_code' } });
    expect(early.ok).toBe(false);
    first.s.close();

    clock.now += 120_000;
    const second = setup(dir, clock);
    expect((await call(second.s, 'listOpenSessions', {})).map((o) => [o.id, o.currentStep])).toEqual([[v.id, 'code']]);
    const resumed = await call(second.s, 'getSession', { sessionId: v.id });
    expect(resumed.state).toEqual(coded.state);
    // The start-up's one read of the session to go back to answers that same session, whole.
    expect(await call(second.s, 'getOpenSession', {})).toEqual(resumed);

    clock.now = START + 5_000 + 600_000;
    const renewed = await cmd(second.s, v.id, { type: 'generate_code' });
    expect(renewed.state.codesGenerated).toBe(2);
    expect(renewed.state.code).toMatchObject({ noted: false, status: 'pending', deadline: clock.now + 600_000 });
    const events = openTestDb(join(dir, DB_FILE_NAME), { readonly: true });
    const types = events.prepare('SELECT type FROM session_events WHERE session_id = ? ORDER BY seq').pluck().all(v.id);
    events.close();
    expect(types.slice(-3)).toEqual(['code_generated', 'code_expired', 'code_generated']);
    second.s.close();
  });

  it('a follow-up gets its row with the event; a closed session is read-only', async () => {
    const dir = tempDir();
    const { s } = setup(dir);
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
    const v = await call(s, 'startSession', { personId: person.id });
    await cmd(s, v.id, { type: 'request_followup', text: 'Installer un antivirus' });
    const closed = await cmd(s, v.id, { type: 'close', outcome: 'aborted' });
    expect(closed.state.closed).toBe(true);
    const after = await s.dispatch('sessionCommand', { sessionId: v.id, command: { type: 'add_note', text: 'x' } });
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.error.code).toBe('read_only');
    expect(await call(s, 'listOpenSessions', {})).toEqual([]);
    expect(await call(s, 'getOpenSession', {})).toBeNull();
    const mine = await call(s, 'listPersonSessions', { personId: person.id });
    expect(mine.map((m) => m.outcome)).toEqual(['aborted']);
    s.close();
    const db = openTestDb(join(dir, DB_FILE_NAME), { readonly: true });
    expect(db.prepare('SELECT person_id, session_id, text FROM followups').all()).toEqual([{ person_id: person.id, session_id: v.id, text: 'Installer un antivirus' }]);
    db.close();
  });

  it('a mandate edited outside Binôme while a session runs shows at the very next step', async () => {
    const dir = tempDir();
    const { s } = setup(dir);
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
    await signedMandate(s, person.id);
    const v = await call(s, 'startSession', { personId: person.id });
    expect((await cmd(s, v.id, { type: 'add_note', text: 'Imprimante branchée' })).mandate.canStart).toBe(true);
    // Another program widens the scope behind the app's back (the app keeps its connection open).
    const raw = openTestDb(join(dir, DB_FILE_NAME));
    const content = JSON.parse(raw.prepare('SELECT content FROM mandates').pluck().get() as string);
    content.scopeItems[0].label = 'Faire un virement bancaire';
    raw.prepare('UPDATE mandates SET content = ?').run(JSON.stringify(content));
    raw.close();
    const next = await cmd(s, v.id, { type: 'add_note', text: 'Pilote installé' });
    expect(next.mandate).toMatchObject({ canStart: false, key: 'mandateCheck.recordChanged', status: 'none', guardScope: [] });
    expect(frenchText(next.mandate)).toMatch(/ne correspond plus à son code d’attestation/);
    expect((await call(s, 'getSession', { sessionId: v.id })).mandate.canStart).toBe(false);
    s.close();
  });
});

describe('no dead end, and today’s plan (issue 12)', () => {
  it('a session started without a mandate is abandoned with its reason; it no longer reopens, and the person can be erased', async () => {
    const { s } = setup();
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
    const v = await call(s, 'startSession', { personId: person.id });
    const blocked = await s.dispatch('erasePerson', { id: person.id, confirmName: 'Hélène Martin' });
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.message).toContain('interrompez-la');
    const left = await cmd(s, v.id, { type: 'abandon', reason: 'Pas de mandat signé : on reporte' });
    expect(left.state).toMatchObject({ closed: true, outcome: 'aborted', closeReason: 'Pas de mandat signé : on reporte', step: 'preparation' });
    expect(await call(s, 'listOpenSessions', {})).toEqual([]);
    const timeline = await call(s, 'sessionTimeline', { sessionId: v.id });
    expect(timeline.entries.at(-1)).toMatchObject({ type: 'session_closed', details: { outcome: 'aborted', reason: 'Pas de mandat signé : on reporte' } });
    expect(timeline.recap).toContain('Nous avons arrêté la séance avant la fin.');
    const erased = await call(s, 'erasePerson', { id: person.id, confirmName: 'Hélène Martin' });
    expect(erased.sessions).toBe(1);
  });

  it('offers a request of an earlier session once a newer mandate covers it, and the recap reports on what was planned', async () => {
    const { s, clock } = setup();
    const person = await call(s, 'createPerson', { name: 'Hélène Martin' });
    await signedMandate(s, person.id);
    // First session: a request outside the mandate, noted for later.
    const first = await call(s, 'startSession', { personId: person.id });
    await cmd(s, first.id, { type: 'request_followup', text: 'Installer Zoom pour les appels vidéo' });
    await cmd(s, first.id, { type: 'abandon', reason: 'Fin de l’appel' });
    const [followup] = await call(s, 'listFollowups', { personId: person.id });

    // The mandate is amended with it and signed a day later.
    clock.now += 24 * 60 * 60 * 1000;
    const { draft } = await call(s, 'amendMandateFromFollowups', { personId: person.id, followupIds: [followup!.id] });
    await call(s, 'recordMandateConsent', { id: draft!.mandate.id, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG }, shownHash: draft!.contentHash });

    const v = await call(s, 'startSession', { personId: person.id });
    expect(v.planCandidates.map((c) => [c.label, c.followupId ?? null])).toEqual([
      ['Installer l’imprimante', null],
      ['Créer une adresse e-mail', null],
      ['Installer Zoom pour les appels vidéo', followup!.id],
    ]);
    const zoom = v.planCandidates[2]!;
    const planned = await cmd(s, v.id, { type: 'set_plan', items: [{ id: zoom.id }] });
    expect(planned.state.plan).toEqual([{ id: zoom.id, label: zoom.label, followupId: followup!.id }]);

    // Through the session to the closing, the one planned line done: the recap says « terminée ».
    let at = await cmd(s, v.id, { type: 'next' });
    await cmd(s, v.id, { type: 'confirm_code_box' });
    while (at.state.step !== 'work') at = await cmd(s, v.id, { type: 'skip', reason: 'essai du service' });
    await cmd(s, v.id, { type: 'set_checklist', itemId: zoom.id, scopeLabel: zoom.label, status: 'done' });
    while (at.state.step !== 'closing') {
      if (at.state.step === 'end_sharing') await cmd(s, v.id, { type: 'check_hygiene', itemId: 'quick_assist_closed', checked: true });
      at = await cmd(s, v.id, { type: 'skip', reason: 'essai du service' });
    }
    for (const itemId of ['nothing_open', 'no_password_kept', 'downloads_removed']) await cmd(s, v.id, { type: 'check_hygiene', itemId, checked: true });
    await cmd(s, v.id, { type: 'close', outcome: 'completed' });
    const stored = s.db.prepare('SELECT recap FROM sessions WHERE id = ?').pluck().get(v.id) as string;
    expect(stored).toContain('Tout ce qui était prévu aujourd’hui est fait.');
    expect(stored).not.toContain('Installer l’imprimante');
  });
});
