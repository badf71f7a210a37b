import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  canApply,
  foldEvents,
  HYGIENE_ITEMS,
  initialSessionState,
  parseStoredEvents,
  SESSION_EVENT_TYPES,
  STEP_IDS,
  stepProgress,
  type SessionEvent,
} from '../../../shared/session';
import { Driver, MIN, started, T0, walkTo } from './driver';

function tickAllHygiene(d: Driver) {
  for (const item of HYGIENE_ITEMS) d.run({ type: 'check_hygiene', itemId: item.id, checked: true });
}

describe('a full guided session', () => {
  it('walks every step in order, with each step’s guard, up to a closed session', () => {
    const d = new Driver();
    d.run({ type: 'start', mandateStatus: 'valid', mandateId: 'm-42' });
    expect(d.state).toMatchObject({ started: true, startedAt: T0, step: 'preparation', mandateStatus: 'valid', mandateId: 'm-42', overrideReason: null });

    d.run({ type: 'say_point', pointId: 'preparation.never-unknown' });
    d.tick(MIN).run({ type: 'next' });
    expect(d.state.step).toBe('call');
    d.tick(MIN).run({ type: 'next' });
    expect(d.state.step).toBe('code');

    // The code step needs a code before the person can type it.
    expect(d.refuse({ type: 'next' })).toContain('Aider quelqu’un');
    const [generated] = d.run({ type: 'generate_code', code: 'k7m-2qx' });
    // The log says a code was noted, never which: the code itself stays with the caller.
    expect(generated).toEqual({ type: 'code_generated', at: d.now, noted: true, deadline: d.now + 10 * MIN });
    expect(JSON.stringify(d.events)).not.toContain('K7M2QX');
    d.tick(MIN).run({ type: 'next' });
    expect(d.state.step).toBe('entry');

    // Leaving the entry step means the person is connected: the countdown stops.
    const leaving = d.tick(2 * MIN).run({ type: 'next' });
    expect(leaving.map((e) => e.type)).toEqual(['code_cleared', 'step_entered']);
    expect(d.state.code).toMatchObject({ status: 'cleared', endedAt: d.now });
    expect(d.state.step).toBe('share');

    d.tick(MIN).run({ type: 'next' });
    expect(d.state.step).toBe('control');
    expect(d.refuse({ type: 'next' })).toBe('Le contrôle n’est pas encore accordé. Pour travailler sans contrôle, passez l’étape en indiquant pourquoi.');
    d.run({ type: 'grant_control' });
    expect(d.state.control).toEqual({ active: true, since: d.now, everGranted: true, grants: 1 });
    d.tick(MIN).run({ type: 'next' });
    expect(d.state.step).toBe('work');

    d.run({ type: 'set_checklist', itemId: 'i1', scopeLabel: 'Installer l’imprimante', status: 'done', note: '  pilote HP  ' });
    d.run({ type: 'check_scope', request: 'Mettre à jour Windows', verdict: 'out_of_scope', decision: 'Nouvelle séance' });
    d.run({ type: 'request_followup', text: 'Mettre à jour Windows' });
    d.run({ type: 'add_note', text: '  Imprimante reliée en Wi-Fi  ' });
    expect(d.state.checklist).toEqual([{ itemId: 'i1', scopeLabel: 'Installer l’imprimante', status: 'done', note: 'pilote HP', at: d.now }]);
    expect(d.state.notes).toEqual([{ text: 'Imprimante reliée en Wi-Fi', at: d.now, step: 'work' }]);
    expect(d.state.scopeChecks[0]).toMatchObject({ verdict: 'out_of_scope', step: 'work', decision: 'Nouvelle séance' });
    expect(d.state.followups).toHaveLength(1);

    d.tick(20 * MIN).run({ type: 'next' });
    expect(d.state.step).toBe('end_control');
    expect(d.refuse({ type: 'next' })).toBe('Le contrôle est toujours actif : arrêtez-le avant de continuer.');
    d.run({ type: 'stop_control' });
    expect(d.state.control.active).toBe(false);
    for (const step of ['recap', 'questions', 'closing'] as const) {
      d.tick(MIN).run({ type: 'next' });
      expect(d.state.step).toBe(step);
    }
    expect(d.refuse({ type: 'next' })).toBe('C’est la dernière étape : clôturez la séance.');

    // Hygiene first; the message lists what is missing.
    d.run({ type: 'check_hygiene', itemId: 'nothing_open', checked: true });
    const refusal = d.refuse({ type: 'close', outcome: 'completed' });
    expect(refusal).toContain('« aucun mot de passe gardé »');
    expect(refusal).toContain('« fichiers téléchargés supprimés »');
    expect(refusal).not.toContain('rien n’est resté ouvert');
    tickAllHygiene(d);
    d.tick(MIN).run({ type: 'close', outcome: 'completed' });
    expect(d.state).toMatchObject({ closed: true, closedAt: d.now, outcome: 'completed' });

    expect(d.state.history.map((v) => v.step)).toEqual([...STEP_IDS]);
    expect(d.state.history.map((v) => v.via)).toEqual(['start', ...Array(STEP_IDS.length - 1).fill('next')]);
    expect(d.state.saidPoints).toEqual([{ step: 'preparation', pointId: 'preparation.never-unknown', at: T0 }]);
  });

  it('refuses every command once the session is closed, in the exact French words', () => {
    const d = started();
    d.run({ type: 'close', outcome: 'aborted' });
    for (const command of [
      { type: 'next' },
      { type: 'add_note', text: 'oubli' },
      { type: 'start', mandateStatus: 'valid' },
      { type: 'stop_control' },
      { type: 'close', outcome: 'completed' },
      { type: 'teleport' } as never,
    ] as const) {
      expect(d.refusal(command)).toMatchObject({ code: 'read_only', key: 'sessions.closed', message: 'Cette séance est close : elle ne peut plus être modifiée.' });
    }
  });
});

describe('back, skip and jump', () => {
  it('goes back from the entry to the code step when the code expired, and needs a fresh code', () => {
    const d = walkTo(started(), 'entry');
    const firstDeadline = d.state.code!.deadline;
    d.at(firstDeadline + 5_000);
    d.run({ type: 'expire_code' });
    expect(d.state.code!.status).toBe('expired');

    d.run({ type: 'back', reason: 'code expiré' });
    expect(d.state.step).toBe('code');
    expect(d.state.history.at(-1)).toEqual({ step: 'code', at: d.now, via: 'back', reason: 'code expiré' });
    expect(d.refuse({ type: 'next' })).toBe('Le code a expiré : générez-en un nouveau.');

    d.run({ type: 'generate_code', code: 'P4W9TZ' });
    expect(d.state.codesGenerated).toBe(2);
    expect(d.state.code).toMatchObject({ noted: true, status: 'pending', deadline: d.now + 10 * MIN });
    d.run({ type: 'next' });
    expect(d.state.step).toBe('entry');
  });

  it('takes the same code typed again (after a restart) without logging anything, only while it is valid', () => {
    const d = walkTo(started(), 'code');
    d.run({ type: 'generate_code', code: 'K7M2QX' });
    const deadline = d.state.code!.deadline;
    expect(d.tick(3 * MIN).run({ type: 'note_code', code: 'k7m 2qx' })).toEqual([]);
    expect(d.state.code).toMatchObject({ noted: true, status: 'pending', deadline });
    expect(d.refuse({ type: 'note_code', code: 'K7M' })).toContain('6');
    // Past its deadline the code is no use to dictate, logged as expired or not.
    d.at(deadline);
    expect(d.refusal({ type: 'note_code', code: 'K7M2QX' })).toMatchObject({ key: 'steps.noPendingCode' });
    d.run({ type: 'expire_code' });
    expect(d.refusal({ type: 'note_code', code: 'K7M2QX' })).toMatchObject({ key: 'steps.noPendingCode' });
  });

  it('treats a code past its deadline as expired even when nobody marked it', () => {
    const d = walkTo(started(), 'code');
    d.run({ type: 'generate_code' });
    expect(d.state.code!.noted).toBe(false);
    d.tick(10 * MIN);
    expect(d.refuse({ type: 'next' })).toBe('Le code a expiré : générez-en un nouveau.');
    d.at(d.now - 1);
    d.run({ type: 'next' });
    expect(d.state.step).toBe('entry');
  });

  it('refuses back at the first step', () => {
    expect(started().refuse({ type: 'back' })).toBe('Vous êtes déjà à la première étape.');
  });

  it('skips a step only with a reason, and logs both the skip and the entry', () => {
    const d = walkTo(started(), 'control');
    expect(d.refuse({ type: 'skip', reason: '  ' })).toBe('Indiquez en quelques mots pourquoi vous passez cette étape.');
    const events = d.run({ type: 'skip', reason: 'Guidage à la voix seulement' });
    expect(events).toEqual([
      { type: 'step_skipped', at: d.now, step: 'control', reason: 'Guidage à la voix seulement' },
      { type: 'step_entered', at: d.now, step: 'work', via: 'skip', reason: 'Guidage à la voix seulement' },
    ]);
    expect(d.state.control.everGranted).toBe(false);
    const progress = Object.fromEntries(stepProgress(d.state, STEP_IDS).map((p) => [p.step, p.status]));
    expect(progress).toMatchObject({ share: 'visited', control: 'skipped', work: 'current', end_control: 'upcoming' });
  });

  it('skipping the entry step also stops the countdown', () => {
    const d = walkTo(started(), 'entry');
    const events = d.run({ type: 'skip', reason: 'déjà connectée' });
    expect(events.map((e) => e.type)).toEqual(['step_skipped', 'code_cleared', 'step_entered']);
    expect(d.state.code!.status).toBe('cleared');
  });

  it('does not let skip bypass the mandate, a running control or the close', () => {
    expect(started('expired').refuse({ type: 'skip', reason: 'pressé' })).toContain('Le mandat a pris fin.');
    const d = walkTo(started(), 'end_control');
    expect(d.state.control.active).toBe(true);
    expect(d.refuse({ type: 'skip', reason: 'plus tard' })).toBe('Le contrôle est toujours actif : arrêtez-le avant de continuer.');
    walkTo(d, 'closing');
    expect(d.refuse({ type: 'skip', reason: 'fin' })).toBe('La clôture ne se passe pas : clôturez la séance.');
  });

  it('jumps back to the code step when the connection drops, ending control, and wants a new code', () => {
    const d = walkTo(started(), 'work');
    expect(d.state.control.active).toBe(true);
    const events = d.run({ type: 'jump', to: 'code', reason: 'Connexion coupée' });
    expect(events).toEqual([
      { type: 'control_ended', at: d.now },
      { type: 'step_entered', at: d.now, step: 'code', via: 'jump', reason: 'Connexion coupée' },
    ]);
    expect(d.state.control.active).toBe(false);
    expect(d.state.control.everGranted).toBe(true);
    // The old code was used by the first connection.
    expect(d.refuse({ type: 'next' })).toBe('Ce code a déjà servi : générez-en un nouveau.');
    walkTo(d, 'work');
    expect(d.state.control.grants).toBe(2);
  });

  it('keeps control on a jump that stays after the screen share, and refuses forward jumps', () => {
    const d = walkTo(started(), 'work');
    expect(d.run({ type: 'jump', to: 'control' }).map((e) => e.type)).toEqual(['step_entered']);
    expect(d.state.control.active).toBe(true);
    expect(d.refuse({ type: 'jump', to: 'recap' })).toBe('On ne revient qu’à une étape précédente. Pour avancer, utilisez « Suivant » ou « Passer ».');
    expect(d.run({ type: 'jump', to: 'control' })).toEqual([]);
  });
});

describe('illegal commands', () => {
  it('refuses anything before the start, and a second start', () => {
    const fresh = new Driver();
    expect(fresh.refuse({ type: 'next' })).toBe('La séance n’a pas encore commencé.');
    expect(fresh.refusal({ type: 'add_note', text: 'x' })).toMatchObject({ code: 'invalid_input', key: 'steps.notStarted' });
    expect(started().refuse({ type: 'start', mandateStatus: 'valid' })).toBe('La séance a déjà commencé.');
  });

  it('keeps code, control and close at their steps', () => {
    const d = walkTo(started(), 'share');
    expect(d.refuse({ type: 'grant_control' })).toBe('La prise de contrôle se fait à l’étape « Prise de contrôle ».');
    expect(d.refuse({ type: 'stop_control' })).toBe('Le contrôle n’est pas actif.');
    expect(d.refuse({ type: 'close', outcome: 'completed' })).toBe('Allez jusqu’à l’étape « Clôture » pour terminer la séance, ou choisissez « Interrompue ».');
    walkTo(d, 'work');
    expect(d.refuse({ type: 'generate_code' })).toBe('Le code se génère à l’étape « Code de sécurité ».');
    expect(d.refuse({ type: 'grant_control' })).toBe('Le contrôle est déjà accordé.');
    expect(d.refuse({ type: 'close', outcome: 'aborted' })).toBe('Le contrôle est toujours actif : arrêtez-le avant de clôturer la séance.');
  });

  it('rejects a malformed code with the dictation aid’s French message', () => {
    const d = walkTo(started(), 'code');
    expect(d.refuse({ type: 'generate_code', code: 'AB12' })).toBe('Le code compte 6 caractères : vous en avez saisi 4.');
    expect(d.refuse({ type: 'generate_code', code: 'ABÉ123' })).toContain('« É »');
    expect(d.refuse({ type: 'generate_code', durationMinutes: 0 })).toBe('La durée du code est d’au moins 1 minute.');
    d.run({ type: 'generate_code', durationMinutes: 5 });
    expect(d.state.code!.deadline).toBe(d.now + 5 * MIN);
  });

  it('rejects malformed commands and clocks in French', () => {
    const state = foldEvents(started().events);
    const bad = applyCommand(state, { type: 'teleport' } as never, T0);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'command.unknown', message: 'Commande inconnue.' } });
    expect(applyCommand(state, { type: 'add_note', text: '   ' }, T0)).toMatchObject({
      ok: false,
      error: { key: 'command.noteEmpty', message: 'La note est vide.', fields: { text: { key: 'command.noteEmpty' } } },
    });
    expect(applyCommand(state, { type: 'next' }, Number.NaN)).toMatchObject({ ok: false, error: { key: 'steps.badClock', message: 'L’horloge a donné une heure invalide.' } });
    expect(applyCommand(state, { type: 'check_hygiene', itemId: 'coffee', checked: true }, T0)).toMatchObject({
      ok: false,
      error: { key: 'steps.hygieneUnknown', message: 'Élément inconnu dans la liste de fin de séance.' },
    });
  });

  it('lets an aborted session close from any step, with hygiene only once control was given', () => {
    const early = walkTo(started(), 'call');
    early.run({ type: 'close', outcome: 'aborted' });
    expect(early.state.outcome).toBe('aborted');

    const late = walkTo(started(), 'work');
    late.run({ type: 'stop_control' });
    expect(late.refuse({ type: 'close', outcome: 'aborted' })).toContain('Avant de clôturer, cochez la liste de fin de séance.');
    tickAllHygiene(late);
    late.run({ type: 'close', outcome: 'aborted' });
    expect(late.state.closed).toBe(true);
  });

  it('answers a dry run with the refusal, without producing anything', () => {
    const d = walkTo(started(), 'control');
    expect(canApply(d.state, { type: 'next' }, d.now)?.message).toContain('Le contrôle n’est pas encore accordé.');
    expect(canApply(d.state, { type: 'grant_control' }, d.now)).toBeNull();
    expect(d.state.control.active).toBe(false);
  });

  it('records a point or a hygiene tick once, and an unticked item blocks again', () => {
    const d = walkTo(started(), 'closing');
    expect(d.run({ type: 'say_point', pointId: 'closing.thanks' })).toHaveLength(1);
    expect(d.run({ type: 'say_point', pointId: 'closing.thanks' })).toEqual([]);
    tickAllHygiene(d);
    expect(d.run({ type: 'check_hygiene', itemId: 'nothing_open', checked: true })).toEqual([]);
    d.run({ type: 'check_hygiene', itemId: 'nothing_open', checked: false });
    expect(d.refuse({ type: 'close', outcome: 'completed' })).toContain('« rien n’est resté ouvert »');
  });
});

describe('the mandate override rule', () => {
  it('keeps the session in preparation without a valid mandate or a reason', () => {
    const d = started('expired');
    expect(d.refuse({ type: 'next' })).toBe(
      'Le mandat a pris fin. Faites signer un mandat valide, ou indiquez pourquoi vous continuez sans (5 caractères au moins).',
    );
    expect(started('none').refuse({ type: 'next' })).toContain('Aucun mandat pour cette personne.');
    expect(started('unsigned').refuse({ type: 'next' })).toContain('Le mandat n’est pas signé.');
  });

  it('needs a trimmed reason of 5 characters at least, and logs it', () => {
    const d = started('unsigned');
    expect(d.refuse({ type: 'override_mandate', reason: 'ok' })).toBe('Indiquez la raison de la dérogation en 5 caractères au moins.');
    expect(d.refuse({ type: 'override_mandate', reason: '   abcd   ' })).toBe('Indiquez la raison de la dérogation en 5 caractères au moins.');
    const [event] = d.run({ type: 'override_mandate', reason: '  Signé sur papier, scan demain  ' });
    expect(event).toEqual({ type: 'mandate_overridden', at: d.now, reason: 'Signé sur papier, scan demain' });
    expect(d.state.overrideReason).toBe('Signé sur papier, scan demain');
    d.run({ type: 'next' });
    expect(d.state.step).toBe('call');
    expect(d.refuse({ type: 'override_mandate', reason: 'trop tard' })).toBe('La dérogation se décide à l’étape « Préparation ».');
  });

  it('accepts the reason given at the start, and stores none for a valid mandate', () => {
    const d = new Driver();
    expect(d.refuse({ type: 'start', mandateStatus: 'expired', overrideReason: 'abc' })).toBe('Indiquez la raison de la dérogation en 5 caractères au moins.');
    const [event] = d.run({ type: 'start', mandateStatus: 'expired', overrideReason: ' Renouvellement signé lundi ' });
    expect(event).toMatchObject({ type: 'session_started', mandateStatus: 'expired', overrideReason: 'Renouvellement signé lundi' });
    d.run({ type: 'next' });
    expect(d.state.step).toBe('call');

    const valid = new Driver();
    const [plain] = valid.run({ type: 'start', mandateStatus: 'expiring', overrideReason: 'inutile ici' });
    expect(plain).not.toHaveProperty('overrideReason');
    expect(valid.state.overrideReason).toBeNull();
    expect(valid.refuse({ type: 'override_mandate', reason: 'pour voir' })).toBe('Le mandat est valide : aucune dérogation n’est nécessaire.');
  });

  it('lets a mandate signed on the spot open the way without an override', () => {
    const d = started('unsigned');
    d.run({ type: 'recheck_mandate', mandateStatus: 'valid', mandateId: 'm-2' });
    expect(d.state).toMatchObject({ mandateStatus: 'valid', mandateId: 'm-2', overrideReason: null });
    d.run({ type: 'next' });
    expect(d.state.step).toBe('call');
  });
});

describe('restart: the fold of the stored log is the live state', () => {
  function fullSession(): Driver {
    const d = started('unsigned');
    d.run({ type: 'override_mandate', reason: 'Accord écrit en cours' });
    walkTo(d, 'entry');
    d.tick(11 * MIN).run({ type: 'expire_code' });
    d.run({ type: 'back', reason: 'code expiré' });
    walkTo(d, 'work');
    d.run({ type: 'set_checklist', itemId: 'a', scopeLabel: 'Courriel', status: 'done' });
    d.run({ type: 'set_checklist', itemId: 'a', scopeLabel: 'Courriel', status: 'postponed', note: 'boîte pleine' });
    d.run({ type: 'check_scope', request: 'Virement', verdict: 'sensitive' });
    d.run({ type: 'jump', to: 'code', reason: 'Connexion coupée' });
    walkTo(d, 'control');
    d.run({ type: 'skip', reason: 'Pas besoin du contrôle' });
    walkTo(d, 'closing');
    for (const item of HYGIENE_ITEMS) d.run({ type: 'check_hygiene', itemId: item.id, checked: true });
    d.run({ type: 'close', outcome: 'partial' });
    return d;
  }

  it('equals the incremental state after every event', () => {
    const d = fullSession();
    let live = initialSessionState();
    d.events.forEach((event, i) => {
      live = foldEvents([event], live);
      expect(foldEvents(d.events.slice(0, i + 1))).toEqual(live);
    });
    expect(live).toEqual(d.state);
    expect(d.state.anomalies).toEqual([]);
  });

  it('survives the store’s round trip (type, at, JSON payload) unchanged', () => {
    const d = fullSession();
    // The event store keeps { type, at } in columns and the rest as JSON text.
    const rows = d.events.map(({ type, at, ...payload }) => ({ type, at, payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown> }));
    const parsed = parseStoredEvents(rows);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const restarted = foldEvents(parsed.events);
    expect(restarted).toEqual(d.state);
    expect(restarted.checklist).toEqual([expect.objectContaining({ itemId: 'a', status: 'postponed', note: 'boîte pleine' })]);
    expect(restarted.codesGenerated).toBe(3);
    expect(restarted.outcome).toBe('partial');
  });

  it('resumes an open session exactly where it was, and keeps enforcing the rules', () => {
    const d = walkTo(started(), 'work');
    const resumed = foldEvents(JSON.parse(JSON.stringify(d.events)) as SessionEvent[]);
    expect(resumed).toEqual(d.state);
    expect(applyCommand(resumed, { type: 'jump', to: 'recap' }, d.now).ok).toBe(false);
    const ended = applyCommand(resumed, { type: 'stop_control' }, d.now);
    expect(ended).toEqual({ ok: true, events: [{ type: 'control_ended', at: d.now }] });
  });

  it('reads back every event type the machine writes', () => {
    expect([...SESSION_EVENT_TYPES].sort()).toEqual(
      [
        'session_started', 'mandate_checked', 'mandate_overridden', 'step_entered', 'step_skipped', 'code_generated', 'code_expired',
        'code_cleared', 'control_granted', 'control_ended', 'point_said', 'note_added', 'checklist_changed', 'scope_checked',
        'followup_requested', 'hygiene_checked', 'session_closed',
      ].sort(),
    );
  });

  it('points at a damaged row instead of folding around it', () => {
    const d = walkTo(started(), 'call');
    const rows = d.events.map(({ type, at, ...payload }) => ({ type, at, payload: payload as Record<string, unknown> }));
    rows[1] = { type: 'step_entered', at: rows[1]!.at, payload: { step: 'lunch', via: 'next' } };
    expect(parseStoredEvents(rows)).toEqual({
      ok: false,
      index: 1,
      error: { code: 'internal', key: 'sessionLog.unreadable', params: { number: 2 }, message: 'L’événement n° 2 du journal de séance est illisible.' },
    });
  });

  it('sets aside, visibly, events a hand-edited log puts before the start or after the close', () => {
    const d = started();
    d.run({ type: 'close', outcome: 'aborted' });
    const note: SessionEvent = { type: 'note_added', at: T0 + 1, text: 'ajout après coup' };
    const state = foldEvents([note, ...d.events, note]);
    expect(state.notes).toEqual([]);
    expect(state.anomalies.map((a) => a.index)).toEqual([0, 3]);
    expect(state.anomalies.map((a) => a.key)).toEqual(['sessionLog.beforeStart', 'sessionLog.afterClose']);
    expect(state.closed).toBe(true);
  });
});
