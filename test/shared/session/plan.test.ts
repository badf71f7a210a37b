import { describe, expect, it } from 'vitest';
import { compileMandate, judge } from '../../../shared/scope-guard';
import { followupPlanId, planCandidates } from '../../../shared/session/plan';

const ITEMS = [
  { id: 'i-printer', label: 'Installer l’imprimante' },
  { id: 'i-zoom', label: 'Installer Zoom pour les appels vidéo' },
  { id: 'i-mail', label: 'Créer une adresse e-mail' },
];

describe('what may be planned today', () => {
  it('offers the mandate’s actions in their order, and nothing else without waiting requests', () => {
    expect(planCandidates(ITEMS, [], () => null)).toEqual(ITEMS);
  });

  it('marks the action an amendment copied from a request, and adds a request an action covers', () => {
    const requests = [
      // Taken into the amended mandate word for word (followups/service.ts copies the text).
      { id: 'f-1', text: 'installer ZOOM pour les appels vidéo', requestedAt: 100 },
      { id: 'f-2', text: 'Imprimer les photos de Noël', requestedAt: 200 },
      { id: 'f-3', text: 'Faire un virement', requestedAt: 300 },
    ];
    const covering = (text: string) => (text.startsWith('Imprimer') ? 'Installer l’imprimante' : null);
    expect(planCandidates(ITEMS, requests, covering)).toEqual([
      ITEMS[0],
      { ...ITEMS[1], followupId: 'f-1', requestedAt: 100 },
      ITEMS[2],
      { id: followupPlanId('f-2'), label: 'Imprimer les photos de Noël', followupId: 'f-2', requestedAt: 200, coveredBy: 'Installer l’imprimante' },
    ]);
  });

  it('uses the scope guard’s own verdict: only « Prévu au mandat » is covered', () => {
    const compiled = compileMandate(ITEMS.map((i) => i.label), ['Aucune opération bancaire']);
    const covering = (text: string) => {
      const v = judge(compiled, text);
      return v.verdict === 'in_scope' ? v.matchedScope : null;
    };
    const requests = [
      { id: 'a', text: 'installer l’imprimante', requestedAt: 1 },
      { id: 'b', text: 'faire un virement à ma fille', requestedAt: 2 },
      { id: 'c', text: 'installer un antivirus', requestedAt: 3 },
    ];
    const found = planCandidates(ITEMS, requests, covering);
    expect(found.filter((c) => c.followupId).map((c) => c.followupId)).toEqual(['a']);
  });
});
