import { describe, expect, it } from 'vitest';

import { frenchText } from '../../../shared/messages/format';
import { CATALOGUE, COMPUTER_TASKS, DEFAULT_EXCLUSIONS, DEFAULT_TOOLS, PROCEDURE_CATEGORIES, findCatalogueEntry } from '../../../shared/mandate/catalogue';
import { describeMandateEvent, MandateEvent, MANDATE_EVENT_KINDS } from '../../../shared/mandate/journal';
import { largePrintGuide, REHEARSAL_CHECKLIST } from '../../../shared/mandate/rehearsal';


/** The text with its no-break spaces as plain ones, to compare with a sentence typed in a test. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('catalogue', () => {
  it('has unique ids and the ten procedure categories', () => {
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
    expect(PROCEDURE_CATEGORIES.map((e) => e.label)).toEqual([
      'Papiers - Citoyenneté - Élections',
      'Famille - Scolarité',
      'Social - Santé',
      'Travail - Formation',
      'Logement',
      'Transports - Mobilité',
      'Argent - Impôts - Consommation',
      'Justice',
      'Étranger - Europe',
      'Loisirs - Sport - Culture',
    ]);
    expect(COMPUTER_TASKS.length).toBeGreaterThanOrEqual(12);
    expect(CATALOGUE.every((e) => e.label.trim() && e.description.trim())).toBe(true);
    expect(findCatalogueEntry('task.printer')?.kind).toBe('task');
    expect(findCatalogueEntry('nope')).toBeUndefined();
  });

  it('defaults to the three protective exclusions and Quick Assist', () => {
    expect(DEFAULT_EXCLUSIONS.map((e) => e.id)).toEqual(['no_banking', 'no_secret', 'no_purchase']);
    expect(DEFAULT_TOOLS).toEqual(['Assistance rapide (Quick Assist de Microsoft)']);
  });
});

describe('rehearsal', () => {
  it('walks through every step of the person’s side', () => {
    const ids = REHEARSAL_CHECKLIST.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const text = REHEARSAL_CHECKLIST.map((i) => `${i.title} ${i.detail}`).join(' ');
    for (const words of ['Ctrl, Windows et Q', 'Obtenir de l’aide', '« Autoriser »', '« Oui »', 'Demander le contrôle', 'stop']) expect(text).toContain(words);
  });

  it('personalises the large-print guide and always warns about unknown callers, ending with the association’s number', () => {
    const association = { name: 'Les Connectés', address: '', phone: '02 40 00 00 00', email: '', controller: '', rightsContact: '' };
    const guide = largePrintGuide({ helperName: 'Camille', association });
    expect(guide.steps.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plain(guide.intro[0]!)).toBe('Camille, qui vous aide pour l’association Les Connectés, vous appelle au téléphone.');
    expect(guide.warning.text.join(' ')).toMatch(/Ne donnez jamais de code/);
    expect(plain(guide.warning.text.at(-1)!)).toBe('En cas de doute, raccrochez et appelez l’association Les Connectés au 02 40 00 00 00.');
    // Not set yet: said plainly, never a blank or a number-less « appelez l’association ».
    expect(plain(largePrintGuide().warning.text.at(-1)!)).toBe('En cas de doute, raccrochez et appelez l’association (Coordonnées de l’association à compléter dans Réglages).');
    expect(plain(largePrintGuide({ association: { ...association, phone: '' } }).warning.text.at(-1)!)).toContain('à compléter dans Réglages');
  });

  it('speaks to the person without « aidant·e » nor « il ou elle », in French typography', () => {
    const guide = largePrintGuide({ helperName: 'Camille' });
    const all = [guide.title, ...guide.intro, ...guide.steps.flatMap((s) => [s.title, s.text]), guide.warning.title, ...guide.warning.text].join('\n');
    expect(all).not.toMatch(/·|il ou elle/i);
    expect(all).not.toMatch(/'/);
    expect(all).not.toMatch(/« | »| :/);
  });
});

describe('journal events', () => {
  const at = '2025-03-01T10:00:00.000Z';

  it('accepts each kind with its payload', () => {
    const events: MandateEvent[] = [
      { kind: 'created', mandateId: 'm', at, payload: { version: 1, supersedes: null } },
      { kind: 'signed', mandateId: 'm', at, payload: { method: 'drawn', signedOn: '2025-03-01', attestationHash: 'a'.repeat(64) } },
      { kind: 'printed', mandateId: 'm', at, payload: { document: 'mandate', copies: 2 } },
      { kind: 'amended', mandateId: 'm', at, payload: { newMandateId: 'm2', newVersion: 2 } },
      { kind: 'revoked', mandateId: 'm', at, payload: { date: '2025-03-02', reason: 'Fin.' } },
      { kind: 'item_revoked', mandateId: 'm', at, payload: { itemId: 'item-1', itemLabel: 'Imprimante', date: '2025-03-02', reason: 'Fait.' } },
      { kind: 'expired', mandateId: 'm', at, payload: { endDate: '2025-03-31' } },
      { kind: 'consent_recorded', mandateId: 'm', at, payload: { method: 'oral', recordedOn: '2025-03-01', attestationHash: 'b'.repeat(64) } },
      { kind: 'rehearsal_recorded', mandateId: 'm', at, payload: { date: '2025-03-01', completed: ['open_search', 'alone'], personRepeatedAlone: true } },
      { kind: 'exported', mandateId: 'p', at, payload: { format: 'json', helper: { id: 'h1', name: 'Camille' } } },
    ];
    expect(events.map((e) => e.kind).sort()).toEqual([...MANDATE_EVENT_KINDS].sort());
    for (const e of events) expect(MandateEvent.safeParse(e).success, e.kind).toBe(true);
    // Every kind reads differently in the journal view.
    const line = (e: unknown) => frenchText(describeMandateEvent(e as MandateEvent));
    expect(new Set(events.map(line)).size).toBe(events.length);
    expect(line(events[1])).toBe('Mandat signé (signature à l’écran).');
    expect(plain(line(events[5]))).toBe('Action retirée : « Imprimante ». Motif : Fait.');
    expect(plain(line({ kind: 'revoked', mandateId: 'm', at, payload: { date: '2025-03-02', channel: 'signed_form' } }))).toBe('Mandat révoqué, sur formulaire signé. Sans motif donné.');
    expect(line(events[2])).toBe('Mandat imprimé (2 exemplaires).');
  });

  it('refuses a payload of another kind, an unknown rehearsal step or a blank reason', () => {
    expect(MandateEvent.safeParse({ kind: 'signed', mandateId: 'm', at, payload: { document: 'mandate', copies: 1 } }).success).toBe(false);
    expect(MandateEvent.safeParse({ kind: 'signed', mandateId: 'm', at, payload: { method: 'oral', signedOn: '2025-03-01', attestationHash: 'a'.repeat(64) } }).success).toBe(false);
    expect(MandateEvent.safeParse({ kind: 'rehearsal_recorded', mandateId: 'm', at, payload: { date: '2025-03-01', completed: ['dance'], personRepeatedAlone: false } }).success).toBe(false);
    expect(MandateEvent.safeParse({ kind: 'revoked', mandateId: 'm', at, payload: { date: '2025-03-02', reason: ' ' } }).success).toBe(false);
  });
});
