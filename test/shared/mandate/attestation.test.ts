import { describe, expect, it } from 'vitest';
import { attestationCode, attestationHash, verifyAttestation } from '../../../shared/mandate/attestation';
import { canonicalJson } from '../../../shared/mandate/canonical-json';
import type { Mandate } from '../../../shared/mandate/schema';
import { PNG, signedMandate } from './fixtures';

const m = signedMandate();

/** Pinned the day format 2 was written; never change it (see ATTESTATION_FORMAT). */
const FORMAT_2_KNOWN = '23a80172c822721c6c4adf3be9fa52483f57f5e945350592a0acbe1c38af72f8';

/** Same values, keys inserted in reverse order at every level. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

describe('attestation hash', () => {
  it('is stored on consent and verifies', () => {
    expect(m.attestationHash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyAttestation(m, m.attestationHash)).toEqual({ ok: true, hash: m.attestationHash });
  });

  it('does not depend on key order', () => {
    const reordered = reverseKeys(m);
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(m)[0]);
    expect(attestationHash(reordered)).toBe(m.attestationHash);
  });

  it('does not depend on stray whitespace or Unicode composition', () => {
    const messy: Mandate = {
      ...m,
      personName: `  ${m.personName.replace(' ', '   ')} `,
      place: 'Nantes\n',
      helperName: m.helperName.normalize('NFD'),
      scopeItems: m.scopeItems.map((i) => ({ ...i, label: `\t${i.label.normalize('NFD')}  ` })),
    };
    expect(attestationHash(messy)).toBe(m.attestationHash);
  });

  it('treats the same instant written with an offset as the same consent time', () => {
    const offset: Mandate = { ...m, consent: { ...(m.consent as Extract<Mandate['consent'], { method: 'drawn' }>), signedAt: '2025-02-28T11:00:00+01:00' } };
    expect(attestationHash(offset)).toBe(m.attestationHash);
  });

  const changes: [string, (x: Mandate) => Mandate][] = [
    ['person name', (x) => ({ ...x, personName: 'Jeanne Dupond' })],
    ['person id', (x) => ({ ...x, personId: '01890a5d-ac96-774b-bcce-b302099a8058' })],
    ['helper', (x) => ({ ...x, helperName: 'Camille Martins' })],
    ['association', (x) => ({ ...x, associationName: 'Autre association' })],
    ['a scope label', (x) => ({ ...x, scopeItems: x.scopeItems.map((i, n) => (n === 0 ? { ...i, label: `${i.label} et scanner` } : i)) })],
    ['an added scope item', (x) => ({ ...x, scopeItems: [...x.scopeItems, { id: 'item-4', catalogueId: null, label: 'Banque en ligne' }] })],
    ['scope order', (x) => ({ ...x, scopeItems: [...x.scopeItems].reverse() })],
    ['an item id', (x) => ({ ...x, scopeItems: x.scopeItems.map((i, n) => (n === 0 ? { ...i, id: 'item-9' } : i)) })],
    ['a removed exclusion', (x) => ({ ...x, exclusions: [] })],
    ['tools', (x) => ({ ...x, tools: [...x.tools, 'TeamViewer'] })],
    ['end date', (x) => ({ ...x, validity: { ...x.validity, end: '2025-09-01' } })],
    ['start date', (x) => ({ ...x, validity: { ...x.validity, start: '2025-02-28' } })],
    ['session length', (x) => ({ ...x, sessionMinutes: 46 })],
    ['place', (x) => ({ ...x, place: 'Rezé' })],
    ['purpose', (x) => ({ ...x, purpose: 'Autre chose' })],
    ['data seen', (x) => ({ ...x, dataSeen: 'Les relevés bancaires' })],
    ['text version', (x) => ({ ...x, textVersion: 'fr-2099-1' })],
    ['mandate id', (x) => ({ ...x, id: 'other' })],
    ['supersedes', (x) => ({ ...x, supersedes: 'm-0' })],
    ['consent method', (x) => ({ ...x, consent: { method: 'oral', recordedAt: '2025-02-28T10:00:00.000Z' } })],
    ['consent time', (x) => ({ ...x, consent: { method: 'drawn', personSignature: PNG, helperSignature: PNG, signedAt: '2025-02-27T10:00:00.000Z' } })],
    ['case of a name', (x) => ({ ...x, personName: x.personName.toUpperCase() })],
    // Format 2: what the words of fr-2026-1 print besides the mandate's own fields.
    ['association phone', (x) => ({ ...x, association: { ...x.association!, phone: '02 40 99 99 99' } })],
    ['association address', (x) => ({ ...x, association: { ...x.association!, address: '1 rue Autre, 44000 Nantes' } })],
    ['data controller', (x) => ({ ...x, association: { ...x.association!, controller: 'Quelqu’un d’autre' } })],
    ['contact for rights', (x) => ({ ...x, association: { ...x.association!, rightsContact: 'dpo@ailleurs.example' } })],
    ['retention period', (x) => ({ ...x, retentionMonths: 12 })],
    ['retention switched off', (x) => ({ ...x, retentionMonths: null })],
  ];

  it.each(changes)('detects a changed %s', (_name, change) => {
    const tampered = change(m);
    const verdict = verifyAttestation(tampered, m.attestationHash);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toBe('mismatch');
  });

  it('leaves signatures, filing details and revocations out', () => {
    const otherDrawing = `data:image/png;base64,iVBORw0KGgo${'WFla'.repeat(120)}`;
    const consent = { ...(m.consent as Extract<Mandate['consent'], { method: 'drawn' }>), personSignature: otherDrawing };
    expect(attestationHash({ ...m, consent })).toBe(m.attestationHash);
    const revoked: Mandate = { ...m, revocations: [{ scope: 'whole', date: '2025-04-01', reason: 'Fin.' }] };
    const backdated: Mandate = { ...m, createdAt: '2020-01-01T00:00:00.000Z' };
    expect(verifyAttestation(revoked, m.attestationHash).ok).toBe(true);
    expect(verifyAttestation(backdated, m.attestationHash).ok).toBe(true);
  });

  it('reports a missing hash, and compares case-insensitively', () => {
    expect(verifyAttestation(m, null)).toMatchObject({ ok: false, reason: 'missing' });
    expect(verifyAttestation(m, ` ${m.attestationHash?.toUpperCase()} `).ok).toBe(true);
  });

  it('shows a short grouped code', () => {
    expect(attestationCode('ab12cd34ef567890')).toBe('AB12-CD34-EF');
    expect(attestationCode(m.attestationHash as string)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}$/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined, refuses NaN', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: ' x  y ' }], u: undefined })).toBe('{"a":[{"c":"x y","d":null}],"b":1}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
});

describe('attestation formats', () => {
  it('a fr-2025-1 mandate is sealed in format 1, blind to fields its words never printed', () => {
    const legacy: Mandate = { ...m, textVersion: 'fr-2025-1' };
    const hash = attestationHash(legacy);
    expect(attestationHash({ ...legacy, association: undefined, retentionMonths: undefined })).toBe(hash);
    expect(attestationHash({ ...legacy, retentionMonths: 12 })).toBe(hash);
    expect(attestationHash(m)).not.toBe(hash);
  });
});

describe('attestation format is frozen', () => {
  // Hashes stored years ago must still verify: if this value changes, the canonical form
  // changed, and ATTESTATION_FORMAT must be bumped with the old form kept for old mandates.
  it('hashes a known mandate to a known value', () => {
    const known: Mandate = {
      id: '01890a5d-0000-7000-8000-000000000001',
      version: 1,
      supersedes: null,
      personId: '01890a5d-ac96-774b-bcce-b302099a8057',
      personName: 'Jeanne Dupont',
      helperName: 'Camille Martin',
      associationName: 'Les Connectés du Quartier',
      scopeItems: [{ id: 'item-1', catalogueId: 'task.printer', label: 'Installer ou régler une imprimante' }],
      exclusions: ['Aucune opération bancaire'],
      tools: ['Assistance rapide (Quick Assist de Microsoft)'],
      validity: { start: '2025-03-01', end: '2025-08-31', preset: null },
      sessionMinutes: 45,
      place: 'Nantes',
      purpose: null,
      dataSeen: null,
      textVersion: 'fr-2025-1',
      createdAt: '2025-02-20T09:00:00.000Z',
      consent: { method: 'typed', personTypedName: 'Jeanne Dupont', helperTypedName: 'Camille Martin', ticked: true, signedAt: '2025-02-28T10:00:00.000Z' },
      attestationHash: null,
      revocations: [],
    };
    expect(attestationHash(known)).toBe('0d5432105a8a12bdd6eb2fe5c1901232d3eddf7257ea24a4d2af56a666640822');
    const format2: Mandate = {
      ...known,
      textVersion: 'fr-2026-1',
      association: { name: 'Les Connectés du Quartier', address: '', phone: '02 40 00 00 00', email: '', controller: '', rightsContact: '' },
      retentionMonths: 72,
    };
    expect(attestationHash(format2)).toBe(FORMAT_2_KNOWN);
  });
});
