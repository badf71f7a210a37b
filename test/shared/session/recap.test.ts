import { describe, expect, it } from 'vitest';
import { buildRecap, foldEvents, HYGIENE_ITEMS } from '../../../shared/session';
import { Driver, started, T0, walkTo } from './driver';

const SCOPE = ['Installer l’imprimante', 'Créer une adresse e-mail', 'Classer les photos', 'Régler la taille du texte'];
const ITEMS = [
  { id: 'printer', label: SCOPE[0]! },
  { id: 'mail', label: SCOPE[1]! },
  { id: 'photos', label: SCOPE[2]! },
  { id: 'text', label: SCOPE[3]! },
];

/** A session whose plan for today is `plan` (the whole mandate by default), at the work step. */
function planned(plan = ITEMS): Driver {
  const d = started();
  d.run({ type: 'set_plan', items: plan });
  return walkTo(d, 'work');
}

const SAFETY =
  'Un dernier conseil : ne donnez jamais de code, ni l’accès à votre ordinateur, à quelqu’un à qui vous n’avez pas demandé d’aide. Microsoft ne vous appellera jamais pour cela.';

/** A session at the recap step: one item of each status, one untouched, requests outside the mandate. */
function sessionAtRecap(): Driver {
  const d = planned();
  // Touched out of mandate order on purpose.
  d.run({ type: 'set_checklist', itemId: 'photos', scopeLabel: 'Classer les photos', status: 'postponed', note: 'Trop de photos pour aujourd’hui' });
  d.run({ type: 'set_checklist', itemId: 'mail', scopeLabel: 'Créer une adresse e-mail', status: 'done' });
  d.run({ type: 'set_checklist', itemId: 'printer', scopeLabel: 'Installer l’imprimante', status: 'done', note: 'la page de test est sortie' });
  // The later status wins: the e-mail finally could not be created.
  d.run({ type: 'set_checklist', itemId: 'mail', scopeLabel: 'Créer une adresse e-mail', status: 'not_done', note: 'Il manque le numéro de portable' });
  d.run({ type: 'check_scope', request: 'Installer un jeu de cartes', verdict: 'out_of_scope', decision: 'Nouvelle séance à fixer' });
  d.run({ type: 'check_scope', request: 'Faire un virement à ma fille', verdict: 'sensitive' });
  d.run({ type: 'check_scope', request: 'Imprimer une page', verdict: 'in_scope', matchedScope: 'Installer l’imprimante' });
  d.run({ type: 'check_scope', request: 'le truc de l’autre jour', verdict: 'unclear' });
  d.run({ type: 'check_scope', request: 'Supprimer les vieilles photos', verdict: 'excluded', decision: 'Exclu par le mandat' });
  d.run({ type: 'check_scope', request: 'Envoyer les photos par mail', verdict: 'check', decision: 'Vérifié : prévu' });
  d.run({ type: 'request_followup', text: 'installer un jeu de cartes' });
  d.run({ type: 'request_followup', text: 'Sauvegarder les photos sur une clé USB' });
  d.run({ type: 'add_note', text: 'Le mot de passe du Wi-Fi est sous la box' });
  return walkTo(d, 'recap');
}

describe('recap for the person', () => {
  it('sorts the checklist into done, not done and postponed, in the plan’s order', () => {
    const recap = buildRecap(sessionAtRecap().state, SCOPE, { includeNotes: true });
    expect(recap.sections.map((s) => s.kind)).toEqual(['done', 'not_done', 'postponed', 'out_of_scope', 'do_yourself', 'notes']);
    const [done, notDone, postponed] = recap.sections;
    expect(done!.items).toEqual([{ label: 'Installer l’imprimante', detail: 'la page de test est sortie' }]);
    expect(notDone!.items).toEqual([
      { label: 'Créer une adresse e-mail', detail: 'Il manque le numéro de portable' },
      { label: 'Régler la taille du texte', detail: 'Nous n’avons pas eu le temps aujourd’hui.' },
    ]);
    expect(postponed!.items).toEqual([{ label: 'Classer les photos', detail: 'Trop de photos pour aujourd’hui' }]);
  });

  it('lists what the mandate does not cover once, with the need for a new session', () => {
    const recap = buildRecap(sessionAtRecap().state, SCOPE);
    const outside = recap.sections.find((s) => s.kind === 'out_of_scope')!;
    expect(outside.items).toEqual([
      { label: 'Installer un jeu de cartes', detail: 'Nouvelle séance à fixer' },
      { label: 'Supprimer les vieilles photos', detail: 'Exclu par le mandat' },
      { label: 'Sauvegarder les photos sur une clé USB' },
    ]);
    expect(outside.lead).toBe('Pour cela, il faudra une nouvelle séance, avec un mandat mis à jour.');
    expect(recap.sections.find((s) => s.kind === 'do_yourself')!.items).toEqual([{ label: 'Faire un virement à ma fille' }]);
    // Requests within the mandate, or not yet understood, are not read out as extras.
    expect(recap.text).not.toContain('Imprimer une page');
    expect(recap.text).not.toContain('le truc');
    // A request to check is read out only if the helper planned a new session for it (a follow-up).
    expect(recap.text).not.toContain('Envoyer les photos par mail');
  });

  it('renders one text to read aloud, with a closing line that fits the outcome', () => {
    const d = sessionAtRecap();
    const recap = buildRecap(d.state, SCOPE, { includeNotes: true });
    expect(recap.text).toBe(
      [
        'Voici le résumé de notre séance.',
        'Ce qui est fait :\n- Installer l’imprimante : la page de test est sortie.',
        'Ce qui était prévu et n’est pas fait :\n- Créer une adresse e-mail : Il manque le numéro de portable.\n- Régler la taille du texte : Nous n’avons pas eu le temps aujourd’hui.',
        'Ce qui est reporté à une prochaine fois :\n- Classer les photos : Trop de photos pour aujourd’hui.',
        'Ce qui n’est pas prévu dans le mandat :\nPour cela, il faudra une nouvelle séance, avec un mandat mis à jour.\n- Installer un jeu de cartes : Nouvelle séance à fixer.\n- Supprimer les vieilles photos : Exclu par le mandat.\n- Sauvegarder les photos sur une clé USB.',
        'Ce que vous ferez vous-même :\nCe sont des démarches personnelles : c’est vous qui les faites.\n- Faire un virement à ma fille.',
        'À retenir :\n- Le mot de passe du Wi-Fi est sous la box.',
        `Nous avons fait une partie de ce qui était prévu aujourd’hui. Le reste se fera une autre fois. ${SAFETY} Merci pour votre confiance.`,
      ].join('\n\n'),
    );
    expect(recap.suggestedOutcome).toBe('partial');
    // Before the close the outcome is read from the checklist; after it, the chosen outcome wins.
    walkTo(d, 'closing');
    for (const item of HYGIENE_ITEMS) d.run({ type: 'check_hygiene', itemId: item.id, checked: true });
    d.run({ type: 'close', outcome: 'aborted' });
    expect(buildRecap(d.state, SCOPE).closing).toBe(`Nous avons arrêté la séance avant la fin. Nous reprendrons quand vous le voudrez. ${SAFETY} Merci pour votre confiance.`);
  });

  it('leaves the helper’s working notes out unless asked', () => {
    const recap = buildRecap(sessionAtRecap().state, SCOPE);
    expect(recap.sections.map((s) => s.kind)).not.toContain('notes');
    expect(recap.text).not.toContain('Wi-Fi');
    expect(buildRecap(sessionAtRecap().state, SCOPE, { includeNotes: true }).text).toContain('Wi-Fi');
  });

  it('says when everything planned is done, and when nothing is', () => {
    const all = planned([ITEMS[0]!]);
    all.run({ type: 'set_checklist', itemId: 'printer', scopeLabel: 'Installer l’imprimante', status: 'done' });
    const complete = buildRecap(all.state, ['Installer l’imprimante']);
    expect(complete.sections.map((s) => s.kind)).toEqual(['done']);
    expect(complete.closing).toBe(`Tout ce qui était prévu aujourd’hui est fait. ${SAFETY} Merci pour votre confiance.`);

    const none = buildRecap(planned([ITEMS[0]!]).state, ['Installer l’imprimante']);
    expect(none.text).toContain('Nous n’avons encore rien terminé aujourd’hui.');
    expect(none.sections.map((s) => s.kind)).toEqual(['not_done']);
    expect(none.suggestedOutcome).toBe('partial');
  });
});

describe('recap against today’s plan (issue 12)', () => {
  it('a 4-item mandate with a 1-item plan done is « terminée »: the rest of the mandate is not read out', () => {
    const d = planned([ITEMS[1]!]);
    d.run({ type: 'set_checklist', itemId: 'mail', scopeLabel: 'Créer une adresse e-mail', status: 'done' });
    const recap = buildRecap(walkTo(d, 'recap').state, SCOPE);
    expect(recap.suggestedOutcome).toBe('completed');
    expect(recap.sections).toEqual([{ kind: 'done', title: 'Ce qui est fait', items: [{ label: 'Créer une adresse e-mail' }] }]);
    for (const other of [SCOPE[0]!, SCOPE[2]!, SCOPE[3]!]) expect(recap.text).not.toContain(other);
  });

  it('counts what was done beyond the plan, and says « not done » only of what was planned', () => {
    const d = planned([ITEMS[1]!, ITEMS[2]!]);
    d.run({ type: 'set_checklist', itemId: 'text', scopeLabel: 'Régler la taille du texte', status: 'done' });
    d.run({ type: 'set_checklist', itemId: 'mail', scopeLabel: 'Créer une adresse e-mail', status: 'done' });
    d.run({ type: 'set_checklist', itemId: 'printer', scopeLabel: 'Installer l’imprimante', status: 'not_done' });
    const recap = buildRecap(d.state, SCOPE);
    expect(recap.sections.map((s) => [s.kind, s.items.map((i) => i.label)])).toEqual([
      // Plan order, then what was done beyond it in the mandate's order.
      ['done', ['Créer une adresse e-mail', 'Régler la taille du texte']],
      ['not_done', ['Classer les photos']],
    ]);
    expect(recap.suggestedOutcome).toBe('partial');
    // Postponing a planned line leaves the plan unfinished too.
    d.run({ type: 'set_checklist', itemId: 'photos', scopeLabel: 'Classer les photos', status: 'postponed' });
    expect(buildRecap(d.state, SCOPE).suggestedOutcome).toBe('partial');
    d.run({ type: 'set_checklist', itemId: 'photos', scopeLabel: 'Classer les photos', status: 'done' });
    expect(buildRecap(d.state, SCOPE).suggestedOutcome).toBe('completed');
  });

  it('reads a request of an earlier session, planned today, like any planned line', () => {
    const request = { id: 'followup:f-1', label: 'Installer Zoom pour parler aux petits-enfants', followupId: 'f-1' };
    const d = planned([request]);
    d.run({ type: 'set_checklist', itemId: request.id, scopeLabel: request.label, status: 'done', note: 'essai d’appel réussi' });
    const recap = buildRecap(d.state, SCOPE);
    expect(recap.sections).toEqual([{ kind: 'done', title: 'Ce qui est fait', items: [{ label: request.label, detail: 'essai d’appel réussi' }] }]);
    expect(recap.suggestedOutcome).toBe('completed');
  });

  it('without a plan in the log (a session logged before plans), measures the whole mandate as it did then', () => {
    const d = new Driver();
    const steps = ['call', 'code', 'entry', 'share', 'control', 'work'] as const;
    d.state = foldEvents([
      { type: 'session_started', at: T0, mandateStatus: 'valid' },
      ...steps.map((step, i) => ({ type: 'step_entered' as const, at: T0 + i + 1, step, via: 'next' as const })),
    ]);
    expect(d.state).toMatchObject({ step: 'work', plan: null });
    d.run({ type: 'set_checklist', itemId: 'x', scopeLabel: 'installer l’IMPRIMANTE', status: 'done' });
    const recap = buildRecap(d.state, SCOPE);
    expect(recap.sections.map((s) => [s.kind, s.items.length])).toEqual([
      ['done', 1],
      ['not_done', 3],
    ]);
    expect(recap.suggestedOutcome).toBe('partial');
  });
});
