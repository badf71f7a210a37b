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
import { Driver, HELPER, MIN, PLAN, started, T0, walkTo } from './driver';

function tickAllHygiene(d: Driver) {
  for (const item of HYGIENE_ITEMS) d.run({ type: 'check_hygiene', itemId: item.id, checked: true });
}

describe('a full guided session', () => {
  it('walks every step in order, with each step’s guard, up to a closed session', () => {
    const d = new Driver();
    d.run({ type: 'start', mandateStatus: 'valid', mandateId: 'm-42' });
    expect(d.state).toMatchObject({ started: true, startedAt: T0, step: 'preparation', mandateStatus: 'valid', mandateId: 'm-42', overrideReason: null, helper: null });

    d.run({ type: 'say_point', pointId: 'preparation.never-unknown' });
    // Preparation names the helper, then what is planned today, each refusal saying what to do.
    expect(d.refuse({ type: 'next' })).toBe('Choisissez l’aidant·e de cette séance. Aucun profil ? Ajoutez le vôtre dans Réglages › Aidant·es.');
    expect(d.refuse({ type: 'choose_helper', helperId: HELPER.id })).toBe('Ce profil d’aidant·e n’existe pas ou est retiré : choisissez-en un autre, ou ajoutez-le dans Réglages › Aidant·es.');
    d.run({ type: 'choose_helper', helperId: HELPER.id, helper: HELPER });
    expect(d.state.helper).toEqual(HELPER);
    expect(d.refuse({ type: 'next' })).toBe('Cochez ce qui est prévu aujourd’hui (au moins une action), puis continuez.');
    d.run({ type: 'set_plan', items: PLAN });
    expect(d.state.plan).toEqual(PLAN);
    d.tick(MIN).run({ type: 'next' });
    expect(d.state.step).toBe('call');

    // The person opens Quick Assist before any code exists: the code waits for the box.
    expect(d.refuse({ type: 'next' })).toBe(
      'Attendez que la personne voie la case du code sous « Obtenir de l’aide », puis cliquez sur « La personne voit la case du code ». Sinon, passez l’étape en indiquant pourquoi.',
    );
    d.run({ type: 'confirm_code_box' });
    expect(d.state.codeBoxReady).toBe(true);
    expect(d.run({ type: 'confirm_code_box' })).toEqual([]);
    d.tick(MIN).run({ type: 'next' });
    expect(d.state.step).toBe('code');

    // The code step needs a code before the person can type it.
    expect(d.refuse({ type: 'next' })).toContain('Aider quelqu’un');
    const [generated] = d.run({ type: 'generate_code', code: 'k7m-2qx' });
    expect(generated).toEqual({ type: 'code_generated', at: d.now, code: 'K7M2QX', deadline: d.now + 10 * MIN });
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
    expect(d.refuse({ type: 'next' })).toBe('Le contrôle est toujours actif : arrêtez-le dans l’Assistance rapide, puis cliquez sur « J’ai arrêté le contrôle ».');
    d.run({ type: 'stop_control' });
    expect(d.state.control.active).toBe(false);
    // Control ended, the screen is still shared: the sharing ends, and Quick Assist is closed, before anything else.
    d.tick(MIN).run({ type: 'next' });
    expect(d.state.step).toBe('end_sharing');
    const notEnded =
      'Votre fenêtre affiche peut-être encore l’écran de la personne. Mettez fin au partage, faites fermer l’Assistance rapide, vérifiez, puis cochez « Assistance rapide fermée chez la personne ».';
    expect(d.refuse({ type: 'next' })).toBe(notEnded);
    expect(d.refuse({ type: 'skip', reason: 'pressée' })).toBe(notEnded);
    d.run({ type: 'check_hygiene', itemId: 'quick_assist_closed', checked: true });
    for (const step of ['recap', 'questions', 'closing'] as const) {
      d.tick(MIN).run({ type: 'next' });
      expect(d.state.step).toBe(step);
    }
    expect(d.refuse({ type: 'next' })).toBe('C’est la dernière étape : clôturez la séance.');

    // Hygiene first; the message lists what is missing.
    d.run({ type: 'check_hygiene', itemId: 'nothing_open', checked: true });
    const refusal = d.refuse({ type: 'close', outcome: 'completed' });
    expect(refusal).toContain('« aucun mot de passe gardé »');
    expect(refusal).toContain('« fichiers téléchargés supprimés »');
    expect(refusal).not.toContain('rien n’est resté ouvert');
    // Ticked at « Fin du partage », it is not asked again.
    expect(refusal).not.toContain('Assistance rapide fermée');
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
      expect(d.refusal(command)).toMatchObject({
        code: 'read_only',
        key: 'sessions.closed',
        message: 'Cette séance est close : elle ne peut plus être modifiée. Pour autre chose, démarrez une nouvelle séance.',
      });
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
    expect(d.refuse({ type: 'next' })).toBe('Le code a expiré : générez-en un nouveau.');

    d.run({ type: 'generate_code', code: 'P4W9TZ' });
    expect(d.state.codesGenerated).toBe(2);
    expect(d.state.code).toMatchObject({ code: 'P4W9TZ', status: 'pending', deadline: d.now + 10 * MIN });
    d.run({ type: 'next' });
    expect(d.state.step).toBe('entry');
  });

  it('treats a code past its deadline as expired even when nobody marked it', () => {
    const d = walkTo(started(), 'code');
    d.run({ type: 'generate_code' });
    expect(d.state.code!.code).toBeNull();
    d.tick(10 * MIN);
    expect(d.refuse({ type: 'next' })).toBe('Le code a expiré : générez-en un nouveau.');
    d.at(d.now - 1);
    d.run({ type: 'next' });
    expect(d.state.step).toBe('entry');
  });

  it('refuses back at the first step', () => {
    expect(started().refuse({ type: 'back' })).toBe('Vous êtes déjà à la première étape : continuez avec « Étape suivante ».');
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
    expect(d.refuse({ type: 'skip', reason: 'plus tard' })).toBe('Le contrôle est toujours actif : arrêtez-le dans l’Assistance rapide, puis cliquez sur « J’ai arrêté le contrôle ».');
    walkTo(d, 'closing');
    expect(d.refuse({ type: 'skip', reason: 'fin' })).toBe('La clôture ne se passe pas : clôturez la séance.');
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
    // The person reopens Quick Assist: the code waits until the box is in front of them again.
    expect(d.state.codeBoxReady).toBe(false);
    expect(d.refuse({ type: 'generate_code' })).toBe(
      'La personne doit d’abord avoir la case du code devant elle, sous « Obtenir de l’aide » : demandez-le-lui, puis cliquez sur « La personne voit la case du code ».',
    );
    d.run({ type: 'confirm_code_box' });
    // The old code was used by the first connection.
    expect(d.refuse({ type: 'next' })).toBe('Ce code a déjà servi : générez-en un nouveau.');
    walkTo(d, 'work');
    expect(d.state.control.grants).toBe(2);
  });

  it('keeps control on a jump that stays after the screen share, and refuses forward jumps', () => {
    const d = walkTo(started(), 'work');
    expect(d.run({ type: 'jump', to: 'control' }).map((e) => e.type)).toEqual(['step_entered']);
    expect(d.state.control.active).toBe(true);
    expect(d.refuse({ type: 'jump', to: 'recap' })).toBe('On ne revient qu’à une étape précédente. Pour avancer, utilisez « Suivant » ou « Passer ».');
    expect(d.run({ type: 'jump', to: 'control' })).toEqual([]);
  });
});

describe('illegal commands', () => {
  it('refuses anything before the start, and a second start', () => {
    const fresh = new Driver();
    expect(fresh.refuse({ type: 'next' })).toBe('La séance n’a pas encore commencé : démarrez-la depuis la fiche de la personne.');
    expect(fresh.refusal({ type: 'add_note', text: 'x' })).toMatchObject({ code: 'invalid_input', key: 'steps.notStarted' });
    expect(started().refuse({ type: 'start', mandateStatus: 'valid' })).toBe('La séance a déjà commencé : continuez-la.');
  });

  it('keeps code, control and close at their steps', () => {
    const d = walkTo(started(), 'share');
    expect(d.refuse({ type: 'grant_control' })).toBe('La prise de contrôle se fait à l’étape « Prise de contrôle » : revenez-y.');
    expect(d.refuse({ type: 'stop_control' })).toBe('Le contrôle n’est pas actif : il n’y a rien à arrêter, continuez.');
    expect(d.refuse({ type: 'close', outcome: 'completed' })).toBe(
      'Pour terminer la séance, allez jusqu’à l’étape « Clôture ». Pour la quitter maintenant, utilisez « Interrompre la séance ».',
    );
    expect(d.refuse({ type: 'choose_helper', helperId: HELPER.id, helper: HELPER })).toBe('L’aidant·e se choisit à l’étape « Préparation » : revenez-y.');
    expect(d.refuse({ type: 'set_plan', items: PLAN })).toBe('Le programme du jour se choisit à l’étape « Préparation » : revenez-y.');
    expect(d.refuse({ type: 'confirm_code_box' })).toBe('La case du code se confirme à l’étape « Appel » : revenez-y.');
    walkTo(d, 'work');
    expect(d.refuse({ type: 'generate_code' })).toBe('Le code se génère à l’étape « Code de sécurité » : revenez-y.');
    expect(d.refuse({ type: 'grant_control' })).toBe('Le contrôle est déjà accordé : continuez.');
    expect(d.refuse({ type: 'close', outcome: 'aborted' })).toBe('Le contrôle est toujours actif : arrêtez-le avant de clôturer la séance.');
  });

  it('rejects a malformed code with the dictation aid’s French message', () => {
    const d = walkTo(started(), 'code');
    expect(d.refuse({ type: 'generate_code', code: 'AB12' })).toBe(
      'Binôme attend 6 caractères, ce qu’on observe d’habitude ; vous en avez saisi 4. Vérifiez le code, ou cliquez sur « Code généré (sans le taper) ».',
    );
    expect(d.refuse({ type: 'generate_code', code: 'ABÉ123' })).toContain('« É »');
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
    expect(applyCommand(state, { type: 'next' }, Number.NaN)).toMatchObject({
      ok: false,
      error: { key: 'steps.badClock', message: 'L’horloge a donné une heure invalide : vérifiez la date et l’heure de l’ordinateur, puis recommencez.' },
    });
    expect(applyCommand(state, { type: 'check_hygiene', itemId: 'coffee', checked: true }, T0)).toMatchObject({
      ok: false,
      error: { key: 'steps.hygieneUnknown', message: 'Élément inconnu dans la liste de fin de séance : rechargez la page.' },
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
    expect(d.refuse({ type: 'close', outcome: 'completed' })).toContain('« rien n’est resté ouvert »');
  });
});

describe('the mandate override rule', () => {
  it('keeps the session in preparation without a valid mandate or a reason', () => {
    const d = started('expired');
    expect(d.refuse({ type: 'next' })).toBe(
      'Le mandat a pris fin. Faites signer un mandat valide, ou indiquez pourquoi vous continuez sans (5 caractères au moins). Sinon, interrompez la séance.',
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
    expect(d.refuse({ type: 'override_mandate', reason: 'trop tard' })).toBe('La dérogation se décide à l’étape « Préparation » : revenez-y.');
  });

  it('accepts the reason given at the start, and stores none for a valid mandate', () => {
    const d = new Driver();
    expect(d.refuse({ type: 'start', mandateStatus: 'expired', overrideReason: 'abc' })).toBe('Indiquez la raison de la dérogation en 5 caractères au moins.');
    const [event] = d.run({ type: 'start', mandateStatus: 'expired', overrideReason: ' Renouvellement signé lundi ', helper: HELPER });
    expect(event).toMatchObject({ type: 'session_started', mandateStatus: 'expired', overrideReason: 'Renouvellement signé lundi' });
    d.run({ type: 'next' });
    expect(d.state.step).toBe('call');

    const valid = new Driver();
    const [plain] = valid.run({ type: 'start', mandateStatus: 'expiring', overrideReason: 'inutile ici' });
    expect(plain).not.toHaveProperty('overrideReason');
    expect(valid.state.overrideReason).toBeNull();
    expect(valid.refuse({ type: 'override_mandate', reason: 'pour voir' })).toBe('Le mandat est valide : aucune dérogation n’est nécessaire. Passez à l’étape suivante.');
  });

  it('lets a mandate signed on the spot open the way without an override', () => {
    const d = started('unsigned');
    d.run({ type: 'recheck_mandate', mandateStatus: 'valid', mandateId: 'm-2' });
    expect(d.state).toMatchObject({ mandateStatus: 'valid', mandateId: 'm-2', overrideReason: null });
    d.run({ type: 'set_plan', items: PLAN });
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
        'session_started', 'mandate_checked', 'mandate_overridden', 'helper_chosen', 'plan_set', 'code_box_ready', 'step_entered',
        'step_skipped', 'code_generated', 'code_expired', 'code_cleared', 'control_granted', 'control_ended', 'point_said', 'note_added',
        'checklist_changed', 'scope_checked', 'followup_requested', 'hygiene_checked', 'session_closed',
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

describe('abandon: no dead end', () => {
  it('leaves the session from every step, with a short reason, outcome « interrompue »', () => {
    for (const step of STEP_IDS) {
      const d = walkTo(started(), step);
      const controlled = d.state.control.active;
      expect(d.refuse({ type: 'abandon', reason: 'ok' })).toBe('Indiquez en quelques mots pourquoi vous interrompez la séance (3 caractères au moins).');
      const events = d.run({ type: 'abandon', reason: '  La personne a raccroché  ' });
      // A control still running is ended in the log first: it cannot outlive the session.
      expect(events.map((e) => e.type), step).toEqual(controlled ? ['control_ended', 'session_closed'] : ['session_closed']);
      expect(events.at(-1)).toEqual({ type: 'session_closed', at: d.now, outcome: 'aborted', reason: 'La personne a raccroché' });
      expect(d.state, step).toMatchObject({ closed: true, outcome: 'aborted', closeReason: 'La personne a raccroché', control: { active: false } });
      expect(foldEvents(d.events)).toEqual(d.state);
    }
  });

  it('leaves a session started without a mandate, which can neither move nor skip', () => {
    const d = started('none');
    expect(d.refuse({ type: 'next' })).toContain('Sinon, interrompez la séance.');
    expect(d.refuse({ type: 'skip', reason: 'pas de mandat' })).toContain('Aucun mandat pour cette personne.');
    d.run({ type: 'abandon', reason: 'Pas de mandat signé : séance reportée' });
    expect(d.state).toMatchObject({ step: 'preparation', closed: true, outcome: 'aborted' });
    expect(d.refusal({ type: 'abandon', reason: 'encore' })).toMatchObject({ key: 'sessions.closed' });
  });

  it('does not ask for the closing checklist: the person may be gone', () => {
    const d = walkTo(started(), 'work');
    expect(d.state.control.everGranted).toBe(true);
    d.run({ type: 'abandon', reason: 'Coupure de courant chez la personne' });
    expect(d.state.closed).toBe(true);
    expect(d.state.hygiene).toEqual({});
  });
});

describe('the end of a session: control, then sharing, then nothing seen', () => {
  it('takes the « Quick Assist closed » tick back when the helper reconnects', () => {
    const d = walkTo(started(), 'recap');
    expect(d.state.hygiene.quick_assist_closed).toBe(true);
    // Back to the work step: no new connection, the tick stays.
    expect(d.run({ type: 'jump', to: 'work' }).map((e) => e.type)).toEqual(['step_entered']);
    expect(d.state.hygiene.quick_assist_closed).toBe(true);
    // Back to the code: Quick Assist is opened again.
    const events = d.run({ type: 'jump', to: 'code', reason: 'Une autre action prévue' });
    expect(events).toEqual([
      { type: 'hygiene_checked', at: d.now, itemId: 'quick_assist_closed', checked: false },
      { type: 'step_entered', at: d.now, step: 'code', via: 'jump', reason: 'Une autre action prévue' },
    ]);
    walkTo(d, 'end_sharing');
    expect(d.refuse({ type: 'next' })).toContain('Mettez fin au partage');
  });

  it('will not leave the end of the sharing while a log says control still runs', () => {
    const d = walkTo(started(), 'end_sharing');
    d.run({ type: 'check_hygiene', itemId: 'quick_assist_closed', checked: true });
    // The machine never grants control here; a log written otherwise (by hand, by an older version) is held anyway.
    d.state = foldEvents([...d.events, { type: 'control_granted', at: d.now }]);
    expect(d.refuse({ type: 'skip', reason: 'fin de séance' })).toBe(
      'Le contrôle est toujours actif : arrêtez-le dans l’Assistance rapide, puis cliquez sur « J’ai arrêté le contrôle ».',
    );
  });
});

describe('a session stored in the old step order (before issue 12)', () => {
  // Written the way the eleven-step machine wrote it: no helper, no plan, no code box, no « Fin du partage ».
  const at = (minutes: number) => T0 + minutes * MIN;
  const OLD_LOG: SessionEvent[] = [
    { type: 'session_started', at: at(0), mandateStatus: 'valid', mandateId: 'm-old' },
    { type: 'point_said', at: at(0), step: 'preparation', pointId: 'preparation.never-unknown' },
    { type: 'step_entered', at: at(1), step: 'call', via: 'next' },
    { type: 'step_entered', at: at(2), step: 'code', via: 'next' },
    { type: 'code_generated', at: at(3), code: 'K7M2QX', deadline: at(13) },
    { type: 'step_entered', at: at(4), step: 'entry', via: 'next' },
    { type: 'code_cleared', at: at(5) },
    { type: 'step_entered', at: at(5), step: 'share', via: 'next' },
    { type: 'step_entered', at: at(6), step: 'control', via: 'next' },
    { type: 'control_granted', at: at(6) },
    { type: 'step_entered', at: at(7), step: 'work', via: 'next' },
    { type: 'checklist_changed', at: at(20), itemId: 'i1', scopeLabel: 'Installer l’imprimante', status: 'done' },
    { type: 'step_entered', at: at(30), step: 'end_control', via: 'next' },
    { type: 'point_said', at: at(30), step: 'end_control', pointId: 'end_control.stopped' },
  ];
  const stored = (events: readonly SessionEvent[]) => events.map(({ type, at: when, ...payload }) => ({ type, at: when, payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown> }));

  it('parses and folds, and resumes at its step with control still on', () => {
    const parsed = parseStoredEvents(stored(OLD_LOG));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const state = foldEvents(parsed.events);
    expect(state).toMatchObject({ step: 'end_control', helper: null, plan: null, codeBoxReady: false, control: { active: true }, anomalies: [] });
    expect(state.saidPoints.map((p) => p.pointId)).toEqual(['preparation.never-unknown', 'end_control.stopped']);
  });

  it('goes on under the new order: control off, then « Fin du partage », then the close', () => {
    const d = new Driver();
    d.events = [...OLD_LOG];
    d.state = foldEvents(OLD_LOG);
    d.at(at(31));
    d.run({ type: 'stop_control' });
    d.run({ type: 'next' });
    expect(d.state.step).toBe('end_sharing');
    expect(d.refuse({ type: 'next' })).toContain('Mettez fin au partage');
    walkTo(d, 'closing');
    tickAllHygiene(d);
    d.run({ type: 'close', outcome: 'completed' });
    expect(d.state).toMatchObject({ closed: true, outcome: 'completed', anomalies: [] });
    expect(d.state.history.map((v) => v.step)).toEqual([...STEP_IDS]);
  });

  it('resumed at the code step, asks for the code box before a code', () => {
    const atCode = OLD_LOG.slice(0, 4);
    const d = new Driver();
    d.events = [...atCode];
    d.state = foldEvents(atCode);
    d.at(at(3));
    expect(d.refuse({ type: 'generate_code' })).toContain('La personne doit d’abord avoir la case du code devant elle');
    d.run({ type: 'confirm_code_box' });
    d.run({ type: 'generate_code', code: 'P4W9TZ' });
    expect(d.state.code).toMatchObject({ code: 'P4W9TZ', status: 'pending' });
  });
});
