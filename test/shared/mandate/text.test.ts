import { describe, expect, it } from 'vitest';
import { attestationCode } from '../../../shared/mandate/attestation';
import { createMandate } from '../../../shared/mandate/create';
import type { TextBlock, TextDocument } from '../../../shared/mandate/document';
import { formatMinutes } from '../../../shared/mandate/document';
import { mandateText, revocationText, TEXT_VERSION } from '../../../shared/mandate/text';
import { recordConsent } from '../../../shared/mandate/consent';
import { draftInput, meta, PNG, signedMandate, unwrap } from './fixtures';

function blockText(b: TextBlock): string {
  if (b.kind === 'paragraph') return b.text;
  if (b.kind === 'list') return b.items.join('\n');
  return b.slots.map((s) => `${s.label}: ${s.name}`).join('\n');
}
const allText = (doc: TextDocument) => [doc.title, ...doc.sections.flatMap((s) => [s.title, ...s.blocks.map(blockText)]), ...doc.footer].join('\n');
const section = (doc: TextDocument, id: string) => {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

describe('mandateText', () => {
  const m = signedMandate();
  const doc = mandateText(m);

  it('has every clause the CNIL model calls for, in order', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['parties', 'purpose', 'scope', 'exclusions', 'tools', 'duration', 'data', 'commitments', 'rights', 'signatures']);
  });

  it('lists the actions, exclusions and tools of this mandate', () => {
    expect(section(doc, 'scope').blocks[0]).toEqual({ kind: 'list', items: m.scopeItems.map((i) => i.label) });
    expect(section(doc, 'exclusions').blocks[0]).toEqual({ kind: 'list', items: ['Aucune opération bancaire'] });
    expect(allText(doc)).toContain('Assistance rapide (Quick Assist de Microsoft)');
    expect(allText(doc)).toContain('« Autoriser »');
  });

  it('states dates, session length, place and the consent date', () => {
    const text = allText(doc);
    expect(text).toContain('du 1er mars 2025 au 31 août 2025 inclus');
    expect(text).toContain('45 minutes environ');
    expect(text).toContain('Fait à Nantes, le 28 février 2025.');
  });

  it('carries the key promises: withdrawal at any time, asking first, minimal data', () => {
    const text = allText(doc);
    expect(text).toMatch(/retirer votre accord à tout moment/);
    expect(text).toMatch(/demander votre accord avant toute autre action/);
    expect(text).toMatch(/les effacer dès qu’elles ne servent plus/);
    expect(text).toMatch(/CNIL/);
  });

  it('puts the drawn signatures in their slots and the code in the footer', () => {
    const sig = section(doc, 'signatures').blocks.find((b) => b.kind === 'signatures');
    expect(sig).toMatchObject({ slots: [{ role: 'person', name: 'Jeanne Dupont', image: PNG }, { role: 'helper', name: 'Camille Martin', image: PNG }] });
    expect(doc.footer).toEqual([`Texte du mandat : version ${TEXT_VERSION}.`, `Code d’attestation : ${attestationCode(m.attestationHash as string)}`]);
  });

  it('leaves blanks on a draft printed for a paper signature, uses defaults for purpose and data', () => {
    const draft = unwrap(createMandate(draftInput({ validity: { kind: 'preset', preset: '1d', start: '2025-03-12' }, sessionMinutes: 90, exclusions: [] }), meta()));
    const text = allText(mandateText(draft));
    expect(text).toContain('Fait à Nantes, le …………………');
    expect(text).toContain('une seule journée : le 12 mars 2025');
    expect(text).toContain('1 h 30 environ');
    expect(text).toContain('Aucune exclusion particulière');
    expect(text).toContain('vous aider à distance');
    expect(text).not.toContain('Code d’attestation');
  });

  it('says plainly that an oral agreement is not a signature', () => {
    const draft = unwrap(createMandate(draftInput({ purpose: 'Préparer la déclaration de revenus.' }), meta()));
    const oral = unwrap(recordConsent(draft, { method: 'oral', recordedAt: '2025-02-27T15:00:00Z' }));
    const doc = mandateText(oral);
    expect(section(doc, 'signatures').blocks.map(blockText)).toEqual(['Accord donné à l’oral le 27 février 2025.', 'Ce mandat n’est pas signé : il doit l’être avant toute séance.']);
    expect(allText(doc)).toContain('Préparer la déclaration de revenus.');
  });

  it('marks an amendment', () => {
    expect(mandateText({ ...signedMandate(), version: 3 }).footer).toContain('Avenant n° 2 : il remplace la version précédente, qui reste conservée.');
  });
});

describe('mandateText across text versions', () => {
  const duration = (doc: TextDocument) => section(doc, 'duration').blocks.map(blockText).join('\n');

  it('writes a new mandate with today’s words, and reprints a signed one with the words of its version', () => {
    expect(TEXT_VERSION).toBe('fr-2026-1');
    expect(duration(mandateText(signedMandate()))).toContain('il ne permet plus aucune séance.');
    const signedIn2025 = { ...signedMandate(), textVersion: 'fr-2025-1' };
    expect(duration(mandateText(signedIn2025))).toContain('il ne permet plus aucune intervention.');
    expect(mandateText(signedIn2025).footer[0]).toBe('Texte du mandat\u00a0: version fr-2025-1.');
  });
});

describe('revocationText', () => {
  const base = { personName: 'Jeanne Dupont', helperName: 'Camille Martin', associationName: 'Les Connectés', mandateSignedOn: '2025-02-28', attestationHash: 'ab12cd34ef' + '0'.repeat(54) };

  it('names the mandate and withdraws all of it', () => {
    const text = allText(revocationText({ ...base, withdrawn: 'whole', date: '2025-05-02', reason: 'Je n’en ai plus besoin.', place: 'Nantes' }));
    expect(text).toContain('par le mandat du 28 février 2025 (code AB12-CD34-EF)');
    expect(text).toContain('plus aucune séance à distance n’est permise à partir du 2 mai 2025');
    expect(text).toContain('Je n’en ai plus besoin.');
    expect(text).toContain('Fait à Nantes, le 2 mai 2025.');
  });

  it('lists only the withdrawn actions, and leaves blanks for a form filled by hand', () => {
    const doc = revocationText({ ...base, withdrawn: ['Créer une adresse e-mail'] });
    expect(section(doc, 'statement').blocks).toContainEqual({ kind: 'list', items: ['Créer une adresse e-mail'] });
    expect(allText(doc)).toContain('restent permises');
    expect(section(doc, 'reason').blocks).toEqual([{ kind: 'paragraph', text: '…………………' }]);
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
