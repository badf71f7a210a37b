import { describe, expect, it } from 'vitest';
import { attestationCode } from '../../../shared/mandate/attestation';
import { recordConsent } from '../../../shared/mandate/consent';
import { createMandate } from '../../../shared/mandate/create';
import type { TextBlock, TextDocument } from '../../../shared/mandate/document';
import { formatMinutes } from '../../../shared/mandate/document';
import { revocationText } from '../../../shared/mandate/revocation-text';
import type { Mandate } from '../../../shared/mandate/schema';
import { mandateText, TEXT_VERSION } from '../../../shared/mandate/text';
import { ASSOCIATION, draftInput, meta, PNG, signedMandate, TERMS, unwrap } from './fixtures';

/** No-break spaces read as plain ones: tests write their sentences with ordinary spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function blockText(b: TextBlock): string {
  if (b.kind === 'paragraph') return b.text;
  if (b.kind === 'list') return b.items.map((i) => (i.withdrawn ? `${i.text} (${i.withdrawn.note})` : i.text)).join('\n');
  return b.slots.map((s) => `${s.label}: ${s.name}`).join('\n');
}
const rawText = (doc: TextDocument) => [doc.title, ...doc.sections.flatMap((s) => [s.title, ...s.blocks.map(blockText)]), ...doc.footer].join('\n');
const allText = (doc: TextDocument) => plain(rawText(doc));
const section = (doc: TextDocument, id: string) => {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

describe(`mandateText, version ${TEXT_VERSION}`, () => {
  const m = signedMandate();
  const doc = mandateText(m);

  it('is the version new mandates are written in', () => {
    expect(m.textVersion).toBe(TEXT_VERSION);
    expect(TEXT_VERSION).toBe('fr-2026-1');
  });

  it('has every clause the CNIL model calls for, and what is kept, in order', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['parties', 'purpose', 'scope', 'exclusions', 'tools', 'duration', 'data', 'records', 'commitments', 'rights', 'signatures']);
  });

  it('names the parties plainly, and the association with its details', () => {
    const parties = section(doc, 'parties').blocks.map(blockText).map(plain);
    expect(parties[0]).toBe('Personne aidée : Jeanne Dupont.');
    expect(parties[1]).toBe('Personne qui aide : Camille Martin, pour l’association Les Connectés du Quartier.');
    expect(parties[2]).toBe('Association : Les Connectés du Quartier. 3 place du Marché, 44000 Nantes. Téléphone : 02 40 00 00 00. E-mail : contact@connectes.example.');
    expect(allText(doc)).not.toMatch(/Vous : /);
  });

  it('lists the actions, exclusions and tools of this mandate, each action tied to its id', () => {
    expect(section(doc, 'scope').blocks[0]).toEqual({ kind: 'list', items: m.scopeItems.map((i) => ({ text: i.label, id: i.id })) });
    expect(section(doc, 'exclusions').blocks[0]).toEqual({ kind: 'list', items: [{ text: 'Aucune opération bancaire' }] });
    expect(allText(doc)).toContain('Assistance rapide (Quick Assist de Microsoft)');
    expect(allText(doc)).toContain('« Autoriser »');
  });

  it('states dates, the planned length of a session (no « en général … environ »), place and consent date', () => {
    const text = allText(doc);
    expect(text).toContain('du 1er mars 2025 au 31 août 2025 inclus');
    expect(text).toContain('Une séance est prévue pour durer 45 minutes.');
    expect(text).not.toMatch(/environ|en général/);
    expect(text).toContain('Fait à Nantes, le 28 février 2025.');
  });

  it('says what is logged, that the log cannot be changed, and how long it is kept (from the settings)', () => {
    const records = section(doc, 'records').blocks.map(blockText).map(plain).join('\n');
    expect(records).toContain('les notes prises par Camille Martin');
    expect(records).toContain('Ce journal ne peut pas être modifié.');
    expect(records).toContain('Les codes de sécurité de l’Assistance rapide n’y sont jamais notés.');
    expect(records).toContain('Ils ne sont envoyés nulle part.');
    expect(records).toContain('Ils sont effacés 72 mois (6 ans) après la fin de ce mandat, ou après la fin de l’avenant qui le remplace.');
    const short = allText(mandateText(signedMandate({}, { terms: { ...TERMS, retentionMonths: 18 } })));
    expect(short).toContain('Ils sont effacés 18 mois après la fin de ce mandat');
    const off = allText(mandateText(signedMandate({}, { terms: { ...TERMS, retentionMonths: null } })));
    expect(off).toContain('aucune durée d’effacement automatique n’est fixée');
  });

  it('gives the rights: withdraw at any time without reason, as simply, by a call; access and erasure; who is responsible', () => {
    const rights = plain(section(doc, 'rights').blocks.map(blockText).join('\n'));
    expect(rights).toContain('Vous pouvez retirer votre accord à tout moment, sans donner de raison. C’est aussi simple que de le donner.');
    expect(rights).toContain('Pendant une séance : dites « stop » ou fermez la fenêtre Assistance rapide.');
    expect(rights).not.toContain('fenêtre de partage');
    expect(rights).toContain('Après une séance : appelez l’association au 02 40 00 00 00 ou écrivez-lui à contact@connectes.example. Un appel ou un message suffit');
    expect(rights).toContain('ce qui a été fait avant n’est pas annulé');
    expect(rights).toContain('le faire corriger ou le faire effacer. Pour cela, contactez l’association au 02 40 00 00 00 ou à contact@connectes.example.');
    expect(rights).toContain('Responsable de vos données : Les Connectés du Quartier.');
    expect(rights).toMatch(/CNIL/);
    const named = plain(rawText(mandateText(signedMandate({}, { terms: { ...TERMS, association: { ...ASSOCIATION, controller: 'La présidente de l’association', rightsContact: 'rgpd@connectes.example' } } }))));
    expect(named).toContain('Responsable de vos données : La présidente de l’association.');
    expect(named).toContain('Pour cela, contactez rgpd@connectes.example.');
  });

  it('carries the helper’s promises: only the listed actions, nothing asked for secrets, the end of each session said', () => {
    const text = allText(doc);
    expect(text).toContain('Faire seulement les actions listées dans ce mandat.');
    expect(text).toContain('Ne jamais vous demander vos mots de passe ni vos codes secrets.');
    expect(text).toContain('arrêter la prise de contrôle et le partage de l’écran');
  });

  it('is written for the person: no « aidant·e », no « il ou elle », « séance » for sessions, French typography', () => {
    const raw = rawText(doc);
    expect(raw).not.toMatch(/·|il ou elle|lui-même|intervention/i);
    expect(raw).not.toMatch(/'/);
    // A no-break space inside « » and before « : » ; « ; », « ? », « ! » take a narrow one.
    expect(raw).not.toMatch(/« | »| :| ;| \?| !/);
    expect(raw).toContain('«\u00a0Autoriser\u00a0»');
  });

  it('puts the drawn signatures in their slots and the code in the footer', () => {
    const sig = section(doc, 'signatures').blocks.find((b) => b.kind === 'signatures');
    expect(sig).toMatchObject({ slots: [{ role: 'person', label: 'La personne aidée', name: 'Jeanne Dupont', image: PNG }, { role: 'helper', label: 'La personne qui aide', name: 'Camille Martin', image: PNG }] });
    expect(doc.footer.map(plain)).toEqual([`Texte du mandat : version ${TEXT_VERSION}.`, `Code d’attestation : ${attestationCode(m.attestationHash as string)}`]);
  });

  it('says a typed signature is one, for both people', () => {
    const typed = signedMandate({}, {}, { method: 'typed', personTypedName: 'Jeanne Dupont', helperTypedName: 'Camille Martin', ticked: true, signedAt: '2025-02-28T10:00:00.000Z' });
    expect(allText(mandateText(typed))).toContain('Signé électroniquement : chacune des deux personnes a tapé son nom, et la personne aidée a coché la case d’accord.');
  });

  it('leaves blanks on a draft printed for a paper signature, uses defaults for purpose and data', () => {
    const draft = unwrap(createMandate(draftInput({ validity: { kind: 'preset', preset: '1d', start: '2025-03-12' }, sessionMinutes: 90, exclusions: [] }), meta()));
    const text = allText(mandateText(draft));
    expect(text).toContain('Fait à Nantes, le …………………');
    expect(text).toContain('une seule journée : le 12 mars 2025');
    expect(text).toContain('prévue pour durer 1 h 30');
    expect(text).toContain('Aucune exclusion particulière');
    expect(text).toContain('vous aider à distance');
    expect(text).not.toContain('Code d’attestation');
  });

  it('says visibly that the association’s details are missing instead of printing blanks', () => {
    const empty = { ...ASSOCIATION, name: '', phone: '' };
    const draft = unwrap(createMandate(draftInput(), meta({ terms: { ...TERMS, association: empty } })));
    const parties = section(mandateText(draft), 'parties').blocks.map(blockText).map(plain);
    expect(parties).toContain('Coordonnées de l’association à compléter dans Réglages.');
    expect(parties[1]).toBe('Personne qui aide : Camille Martin.');
    const text = allText(mandateText(draft));
    expect(text).toContain('Responsable de vos données : Coordonnées de l’association à compléter dans Réglages.');
    expect(text).not.toMatch(/association …|au \./);
  });

  it('says plainly that an oral agreement is not a signature', () => {
    const draft = unwrap(createMandate(draftInput({ purpose: 'Préparer la déclaration de revenus.' }), meta()));
    const oral = unwrap(recordConsent(draft, { method: 'oral', recordedAt: '2025-02-27T15:00:00Z' }));
    const d = mandateText(oral);
    expect(section(d, 'signatures').blocks.map(blockText).map(plain)).toEqual(['Accord donné à l’oral le 27 février 2025.', 'Ce mandat n’est pas signé : il doit l’être avant toute séance.']);
    expect(allText(d)).toContain('Préparer la déclaration de revenus.');
  });

  it('marks an amendment', () => {
    expect(mandateText({ ...signedMandate(), version: 3 }).footer.map(plain)).toContain('Avenant n° 2 : il remplace la version précédente, qui reste gardée.');
  });

  it('refuses a version it does not know rather than print other words', () => {
    expect(() => mandateText({ ...m, textVersion: 'fr-2099-1' })).toThrow(RangeError);
  });
});

describe('withdrawals marked on the mandate', () => {
  const m = signedMandate();
  const withItem: Mandate = { ...m, revocations: [{ scope: 'item', itemId: 'item-2', date: '2026-12-03', channel: 'phone', time: '14:05' }] };
  const lines = (doc: TextDocument) => (section(doc, 'scope').blocks.find((b) => b.kind === 'list') as Extract<TextBlock, { kind: 'list' }>).items;

  it('strikes a withdrawn action with its date in words, the others untouched', () => {
    const items = lines(mandateText(withItem, { today: '2026-12-10' }));
    expect(items[1]).toEqual({ text: 'Créer une adresse e-mail', id: 'item-2', withdrawn: { struck: true, note: 'retiré le 3 décembre 2026' } });
    expect(items[0]!.withdrawn).toBeUndefined();
    expect(items[2]!.withdrawn).toBeUndefined();
  });

  it('announces a withdrawal that begins later without striking the action yet', () => {
    expect(lines(mandateText(withItem, { today: '2026-12-01' }))[1]!.withdrawn).toEqual({ struck: false, note: 'retrait prévu le 3 décembre 2026' });
  });

  it('strikes every action of a mandate withdrawn as a whole, and says so first', () => {
    const whole: Mandate = { ...withItem, revocations: [...withItem.revocations, { scope: 'whole', date: '2027-01-05' }] };
    const doc = mandateText(whole, { today: '2027-02-01' });
    expect(section(doc, 'scope').blocks[0]).toEqual({ kind: 'paragraph', text: 'Tout ce mandat a été retiré le 5 janvier 2027.' });
    expect(lines(doc).map((i) => i.withdrawn?.note)).toEqual(['retiré le 5 janvier 2027', 'retiré le 3 décembre 2026', 'retiré le 5 janvier 2027']);
  });

  it('without a day, is the text as signed, unmarked', () => {
    expect(lines(mandateText(withItem)).every((i) => !i.withdrawn)).toBe(true);
  });
});

describe('revocationText', () => {
  const common = { personName: 'Jeanne Dupont', helperName: 'Camille Martin', association: ASSOCIATION, mandateSignedOn: '2025-02-28', attestationHash: 'ab12cd34ef' + '0'.repeat(54) };

  it('a withdrawal said on the phone: the day and time it was received, nothing for the person to sign', () => {
    const doc = revocationText({ kind: 'recorded', ...common, channel: 'phone', withdrawn: ['Créer une adresse e-mail'], date: '2026-12-03', time: '14:05' });
    const text = allText(doc);
    expect(plain(doc.title)).toBe('Retrait de l’accord, reçu par téléphone');
    expect(text).toContain('Le 3 décembre 2026 à 14 h 05, Jeanne Dupont a appelé l’association pour retirer l’accord donné à Camille Martin, pour l’association Les Connectés du Quartier, par le mandat du 28 février 2025 (code AB12-CD34-EF).');
    expect(text).toContain('Aucun motif donné : il n’en faut pas.');
    expect(text).toContain('Jeanne Dupont n’a rien à signer : l’appel suffit.');
    const slots = section(doc, 'signatures').blocks.find((b) => b.kind === 'signatures');
    expect(slots).toEqual({ kind: 'signatures', slots: [{ role: 'helper', label: 'Appel reçu et noté par', name: 'Camille Martin' }] });
    expect(text).toContain('Téléphone : 02 40 00 00 00');
  });

  it('a withdrawal signed on the form: in the person’s own words, with their reason if given', () => {
    const text = allText(revocationText({ kind: 'recorded', ...common, channel: 'signed_form', withdrawn: 'whole', date: '2025-05-02', reason: 'Je n’en ai plus besoin.', place: 'Nantes' }));
    expect(text).toContain('Moi, Jeanne Dupont, je retire l’accord donné à Camille Martin, pour l’association Les Connectés du Quartier, par le mandat du 28 février 2025 (code AB12-CD34-EF).');
    expect(text).toContain('plus aucune séance à distance n’est permise à partir du 2 mai 2025');
    expect(text).toContain('Je n’en ai plus besoin.');
    expect(text).toContain('Fait à Nantes, le 2 mai 2025.');
  });

  it('a blank form to fill in by hand: boxes for the whole mandate and for each action in force, the reason optional', () => {
    const doc = revocationText({ kind: 'blank', ...common, inForce: ['Installer ou régler une imprimante', 'Créer une adresse e-mail'] });
    const text = allText(doc);
    expect(text).toContain('☐ Tout le mandat.');
    expect(text).toContain('☐ Installer ou régler une imprimante');
    expect(text).toContain('☐ Créer une adresse e-mail');
    expect(text).toContain('Vous n’avez pas à donner de raison.');
    expect(text).toContain('Vous pouvez aussi simplement appeler l’association au 02 40 00 00 00 ou à contact@connectes.example : un appel suffit.');
  });

  it('is written for the person, in French typography', () => {
    const raw = rawText(revocationText({ kind: 'blank', ...common, inForce: ['Créer une adresse e-mail'] }));
    expect(raw).not.toMatch(/·|soussigné|'/);
    expect(raw).not.toMatch(/« | »| :| ;/);
  });
});

describe('formatMinutes', () => {
  it.each([
    [5, '5 minutes'],
    [60, '1 heure'],
    [90, '1 h 30'],
    [125, '2 h 05'],
    [480, '8 heures'],
  ])('%i → %s', (minutes, text) => expect(formatMinutes(minutes)).toBe(text));
});
