import { describe, expect, it } from 'vitest';
import { verifyAttestation } from '../../../shared/mandate/attestation';
import { recordConsent } from '../../../shared/mandate/consent';
import { createMandate, newDraft } from '../../../shared/mandate/create';
import { revokeMandate } from '../../../shared/mandate/revoke';
import { TEXT_VERSION } from '../../../shared/mandate/text';
import { draftInput, drawn, failure, meta, PERSON_ID, signedMandate, unwrap } from './fixtures';

describe('createMandate', () => {
  it('resolves the dates, numbers the items and starts without consent', () => {
    const m = unwrap(createMandate(draftInput({ validity: { kind: 'preset', preset: '1y', start: '2025-03-12' } }), meta({ id: 'x' })));
    expect(m).toMatchObject({ id: 'x', version: 1, supersedes: null, consent: null, attestationHash: null, revocations: [], textVersion: TEXT_VERSION });
    expect(m.validity).toEqual({ start: '2025-03-12', end: '2026-03-11', preset: '1y' });
    expect(m.scopeItems.map((i) => [i.id, i.catalogueId])).toEqual([
      ['item-1', 'task.printer'],
      ['item-2', 'task.email_create'],
      ['item-3', null],
    ]);
  });

  it('returns French field errors instead of throwing', () => {
    const error = failure(createMandate(draftInput({ scopeItems: [] }), meta()));
    expect(error).toMatchObject({ code: 'invalid_input', message: 'Ajoutez au moins une action prévue.' });
  });

  it('offers the protective exclusions and Quick Assist on a new form, but no action', () => {
    const d = newDraft({ personId: PERSON_ID, helperName: 'Camille', today: '2025-03-01' });
    expect(d.exclusions).toHaveLength(3);
    expect(d.tools).toEqual(['Assistance rapide (Quick Assist de Microsoft)']);
    // Empty on purpose: the helper must choose the actions with the person.
    expect(failure(createMandate(d, meta())).message).toBe('Ajoutez au moins une action prévue.');
  });
});

describe('recordConsent', () => {
  const draft = unwrap(createMandate(draftInput(), meta({ id: 'd' })));

  it('seals the content with the attestation hash', () => {
    const m = unwrap(recordConsent(draft, drawn()));
    expect(verifyAttestation(m, m.attestationHash).ok).toBe(true);
  });

  it('refuses a second signature, but lets a signature follow an oral agreement', () => {
    const signed = unwrap(recordConsent(draft, drawn()));
    expect(failure(recordConsent(signed, drawn())).code).toBe('read_only');
    const oral = unwrap(recordConsent(draft, { method: 'oral', recordedAt: '2025-02-27T15:00:00Z' }));
    expect(failure(recordConsent(oral, { method: 'oral', recordedAt: '2025-02-28T15:00:00Z' })).code).toBe('conflict');
    const paper = unwrap(recordConsent(oral, { method: 'paper', signedOn: '2025-03-02', originalKeptBy: 'L’association' }));
    expect(paper.attestationHash).not.toBe(oral.attestationHash);
  });

  it('refuses an empty signature and a consent after the last day', () => {
    expect(failure(recordConsent(draft, { ...drawn(), personSignature: '' })).message).toBe('La signature de la personne est vide.');
    expect(failure(recordConsent(draft, drawn('2025-09-01T08:00:00.000Z'))).code).toBe('conflict');
    // 31 August at 23:30 in Paris is still the last day, though already 1 September nowhere.
    expect(recordConsent(draft, drawn('2025-08-31T21:30:00.000Z')).ok).toBe(true);
  });
});

describe('revokeMandate', () => {
  const m = signedMandate();

  it('refuses unknown or already withdrawn items, a second whole revocation, and drafts', () => {
    expect(failure(revokeMandate(m, { scope: 'item', itemId: 'item-9', date: '2025-04-01', reason: 'x' })).code).toBe('not_found');
    const once = unwrap(revokeMandate(m, { scope: 'item', itemId: 'item-1', date: '2025-04-01', reason: 'x' }));
    expect(failure(revokeMandate(once, { scope: 'item', itemId: 'item-1', date: '2025-04-02', reason: 'x' })).message).toMatch(/déjà été retirée/);
    const whole = unwrap(revokeMandate(once, { scope: 'whole', date: '2025-04-03', reason: 'x' }));
    expect(failure(revokeMandate(whole, { scope: 'whole', date: '2025-04-04', reason: 'x' })).message).toBe('Ce mandat est déjà révoqué.');
    expect(failure(revokeMandate(unwrap(createMandate(draftInput(), meta())), { scope: 'whole', date: '2025-04-04', reason: 'x' })).code).toBe('conflict');
  });

  it('needs no reason (as easy to withdraw as to agree): an empty one is not stored', () => {
    const silent = unwrap(revokeMandate(m, { scope: 'whole', date: '2025-04-04', reason: '   ' }));
    expect(silent.revocations).toEqual([{ scope: 'whole', date: '2025-04-04' }]);
    const byPhone = unwrap(revokeMandate(m, { scope: 'item', itemId: 'item-2', date: '2025-04-04', channel: 'phone', time: '09:30' }));
    expect(byPhone.revocations).toEqual([{ scope: 'item', itemId: 'item-2', date: '2025-04-04', channel: 'phone', time: '09:30' }]);
    expect(failure(revokeMandate(m, { scope: 'whole', date: '2025-04-04', channel: 'phone' })).fields).toMatchObject({ time: { key: 'mandateForm.revocationTimeRequired' } });
  });

  it('does not touch the attestation', () => {
    const revoked = unwrap(revokeMandate(m, { scope: 'whole', date: '2025-04-03', reason: 'x' }));
    expect(revoked.attestationHash).toBe(m.attestationHash);
    expect(verifyAttestation(revoked, revoked.attestationHash).ok).toBe(true);
  });
});
