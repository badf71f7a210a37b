import { describe, expect, it } from 'vitest';
import { amendMandate, startAmendment } from '../../../shared/mandate/amend';
import { checkMandates } from '../../../shared/mandate/check';
import { recordConsent } from '../../../shared/mandate/consent';
import { createMandate, updateDraft } from '../../../shared/mandate/create';
import { revokeMandate } from '../../../shared/mandate/revoke';
import { mandateStatus } from '../../../shared/mandate/status';
import { draftInput, drawn, failure, meta, signedMandate, unwrap } from './fixtures';

const original = signedMandate({}, { id: 'v1' });

describe('startAmendment', () => {
  it('keeps the actions still in force and adds the new requests once', () => {
    const partly = unwrap(revokeMandate(original, { scope: 'item', itemId: 'item-2', date: '2025-04-01', reason: 'Fait ailleurs.' }));
    const draft = startAmendment(partly, {
      today: '2025-04-10',
      extraItems: [
        { catalogueId: 'task.video_call', label: 'Installer ou utiliser un outil d’appel vidéo' },
        { label: 'installer ou regler une IMPRIMANTE' },
        { catalogueId: 'task.printer', label: 'Autre libellé imprimante' },
      ],
    });
    expect(draft.scopeItems).toEqual([
      { catalogueId: 'task.printer', label: 'Installer ou régler une imprimante' },
      { label: 'Déclarer ses revenus sur impots.gouv.fr' },
      { catalogueId: 'task.video_call', label: 'Installer ou utiliser un outil d’appel vidéo' },
    ]);
    expect(draft.personId).toBe(original.personId);
    expect(draft.exclusions).toEqual(original.exclusions);
  });

  it('keeps the end date while it is ahead, renews an ended mandate for the same span', () => {
    expect(startAmendment(original, { today: '2025-04-10' }).validity).toEqual({ kind: 'dates', start: '2025-04-10', end: '2025-08-31' });
    const preset = signedMandate({ validity: { kind: 'preset', preset: '1m', start: '2025-03-01' } });
    expect(startAmendment(preset, { today: '2025-05-02' }).validity).toEqual({ kind: 'preset', preset: '1m', start: '2025-05-02' });
  });
});

describe('amendMandate', () => {
  it('creates a new version and leaves the signed one untouched', () => {
    const before = structuredClone(original);
    const input = startAmendment(original, { today: '2025-04-10', extraItems: [{ catalogueId: 'task.wifi', label: 'Régler le Wi-Fi ou la connexion Internet' }] });
    const v2 = unwrap(amendMandate(original, input, meta({ id: 'v2', createdAt: '2025-04-10T09:00:00.000Z' })));
    expect(original).toEqual(before);
    expect(v2).toMatchObject({ id: 'v2', version: 2, supersedes: 'v1', consent: null, attestationHash: null });
    expect(v2.scopeItems.map((i) => i.label)).toContain('Régler le Wi-Fi ou la connexion Internet');

    // Until the amendment is signed, the original still governs sessions.
    expect(mandateStatus(original, '2025-04-10', { siblings: [original, v2] })).toBe('active');
    expect(checkMandates([original, v2], '2025-04-10').mandateId).toBe('v1');

    const v2signed = unwrap(recordConsent(v2, drawn('2025-04-10T10:00:00.000Z')));
    expect(mandateStatus(original, '2025-04-10', { siblings: [original, v2signed] })).toBe('superseded');
    expect(checkMandates([original, v2signed], '2025-04-10')).toMatchObject({ status: 'valid', mandateId: 'v2' });
    // The old version is still there, still verifiable.
    expect(original.attestationHash).toBe(before.attestationHash);
  });

  it('an oral-only amendment does not retire the signed mandate', () => {
    const v2 = unwrap(amendMandate(original, startAmendment(original, { today: '2025-04-10' }), meta({ id: 'v2' })));
    const oral = unwrap(recordConsent(v2, { method: 'oral', recordedAt: '2025-04-10T10:00:00Z' }));
    expect(mandateStatus(original, '2025-04-10', { siblings: [original, oral] })).toBe('active');
  });

  it('refuses to amend a draft or a revoked mandate, or to move it to another person', () => {
    const draft = unwrap(createMandate(draftInput(), meta()));
    expect(failure(amendMandate(draft, draftInput(), meta())).message).toMatch(/brouillon/);
    const revoked = unwrap(revokeMandate(original, { scope: 'whole', date: '2025-04-01', reason: 'Fin.' }));
    expect(failure(amendMandate(revoked, draftInput(), meta())).message).toMatch(/révoqué/);
    expect(failure(amendMandate(original, draftInput({ personId: '01890a5d-ac96-774b-bcce-b302099a8058' }), meta())).code).toBe('invalid_input');
  });
});

describe('a signed mandate is never edited', () => {
  it('edits a draft in place but refuses once consent is recorded', () => {
    const draft = unwrap(createMandate(draftInput(), meta({ id: 'd' })));
    const edited = unwrap(updateDraft(draft, draftInput({ sessionMinutes: 90 })));
    expect(edited).toMatchObject({ id: 'd', version: 1, sessionMinutes: 90 });
    expect(failure(updateDraft(original, draftInput({ sessionMinutes: 90 }))).code).toBe('read_only');
    const oral = unwrap(recordConsent(draft, { method: 'oral', recordedAt: '2025-02-27T15:00:00Z' }));
    expect(failure(updateDraft(oral, draftInput())).code).toBe('read_only');
  });
});
