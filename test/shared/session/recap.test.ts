import { describe, expect, it } from 'vitest';
import { buildRecap, HYGIENE_ITEMS } from '../../../shared/session';
import { Driver, started, walkTo } from './driver';

const SCOPE = ['Installer l’imprimante', 'Créer une adresse e-mail', 'Classer les photos', 'Régler la taille du texte'];

/** A session at the recap step: one item of each status, one untouched, requests outside the mandate. */
function sessionAtRecap(): Driver {
  const d = walkTo(started(), 'work');
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
  d.run({ type: 'check_scope', request: 'Envoyer les photos par mail', verdict: 'check', decision: 'Vérifié : prévu' });
  d.run({ type: 'request_followup', text: 'installer un jeu de cartes' });
  d.run({ type: 'request_followup', text: 'Sauvegarder les photos sur une clé USB' });
  d.run({ type: 'add_note', text: 'Le mot de passe du Wi-Fi est sous la box' });
  return walkTo(d, 'recap');
}

describe('recap for the person', () => {
  it('sorts the checklist into done, not done and postponed, in the mandate’s order', () => {
    const recap = buildRecap(sessionAtRecap().state, SCOPE);
    expect(recap.sections.map((s) => s.kind)).toEqual(['done', 'not_done', 'postponed', 'out_of_scope', 'do_yourself', 'notes']);
    const [done, notDone, postponed] = recap.sections;
    expect(done!.items).toEqual([{ label: 'Installer l’imprimante', detail: 'la page de test est sortie' }]);
    expect(notDone!.items).toEqual([
      { label: 'Créer une adresse e-mail', detail: 'Il manque le numéro de portable' },
      { label: 'Régler la taille du texte', detail: 'Nous n’en avons pas parlé aujourd’hui.' },
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
    const recap = buildRecap(d.state, SCOPE);
    expect(recap.text).toBe(
      [
        'Voici le résumé de notre séance.',
        'Ce qui est fait :\n- Installer l’imprimante : la page de test est sortie.',
        'Ce qui n’est pas fait :\n- Créer une adresse e-mail : Il manque le numéro de portable.\n- Régler la taille du texte : Nous n’en avons pas parlé aujourd’hui.',
        'Ce qui est reporté à une prochaine fois :\n- Classer les photos : Trop de photos pour aujourd’hui.',
        'Ce qui n’est pas prévu dans le mandat :\nPour cela, il faudra une nouvelle séance, avec un mandat mis à jour.\n- Installer un jeu de cartes : Nouvelle séance à fixer.\n- Supprimer les vieilles photos : Exclu par le mandat.\n- Sauvegarder les photos sur une clé USB.',
        'Ce que vous ferez vous-même :\nCe sont des démarches personnelles : c’est vous qui les faites.\n- Faire un virement à ma fille.',
        'À retenir :\n- Le mot de passe du Wi-Fi est sous la box.',
        'Nous avons fait une partie de ce qui était prévu. Le reste se fera une autre fois. Merci pour votre confiance.',
      ].join('\n\n'),
    );
    // Before the close the outcome is read from the checklist; after it, the chosen outcome wins.
    walkTo(d, 'closing');
    for (const item of HYGIENE_ITEMS) d.run({ type: 'check_hygiene', itemId: item.id, checked: true });
    d.run({ type: 'close', outcome: 'aborted' });
    expect(buildRecap(d.state, SCOPE).closing).toBe('Nous avons arrêté la séance avant la fin. Nous reprendrons quand vous le voudrez. Merci pour votre confiance.');
  });

  it('can leave the helper’s notes out', () => {
    const recap = buildRecap(sessionAtRecap().state, SCOPE, { includeNotes: false });
    expect(recap.sections.map((s) => s.kind)).not.toContain('notes');
    expect(recap.text).not.toContain('Wi-Fi');
  });

  it('says when everything planned is done, and when nothing is', () => {
    const all = walkTo(started(), 'work');
    all.run({ type: 'set_checklist', itemId: 'p', scopeLabel: 'installer l’IMPRIMANTE', status: 'done' });
    const complete = buildRecap(all.state, ['Installer l’imprimante']);
    expect(complete.sections.map((s) => s.kind)).toEqual(['done']);
    expect(complete.closing).toBe('Tout ce qui était prévu est fait. Merci pour votre confiance.');

    const none = buildRecap(walkTo(started(), 'work').state, ['Installer l’imprimante']);
    expect(none.text).toContain('Nous n’avons encore rien terminé aujourd’hui.');
    expect(none.sections.map((s) => s.kind)).toEqual(['not_done']);
  });
});
