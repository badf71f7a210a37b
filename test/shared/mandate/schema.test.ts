import { describe, expect, it } from 'vitest';
import { zodToAppError } from '../../../shared/ipc/zod-errors';
import { frenchText, isMessageKey } from '../../../shared/messages/format';
import { Consent, MandateDraftInput, Revocation } from '../../../shared/mandate/schema';
import { draftInput, PNG } from './fixtures';

/** Field path → the keyed field message in French, as the French form shows them. */
function errors(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown): Record<string, string> {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  const fields = zodToAppError(r.error as Parameters<typeof zodToAppError>[0]).fields ?? {};
  // No-break spaces (French typography) read as plain ones, to compare with sentences typed here.
  return Object.fromEntries(Object.entries(fields).map(([path, message]) => [path, frenchText(message).replace(/[\u00a0\u202f]/g, ' ')]));
}

describe('MandateDraftInput', () => {
  it('accepts a complete draft and trims text', () => {
    const r = MandateDraftInput.safeParse(draftInput({ helperName: '  Camille  ' }));
    expect(r.success).toBe(true);
    expect(r.success && r.data.helperName).toBe('Camille');
  });

  it('refuses an empty scope', () => {
    expect(errors(MandateDraftInput, draftInput({ scopeItems: [] }))).toEqual({ scopeItems: 'Ajoutez au moins une action prévue.' });
  });

  it('refuses an end date before the start date, and more than a year', () => {
    expect(errors(MandateDraftInput, draftInput({ validity: { kind: 'dates', start: '2025-03-10', end: '2025-03-09' } }))).toEqual({
      'validity.end': 'La date de fin ne peut pas être avant la date de début.',
    });
    expect(MandateDraftInput.safeParse(draftInput({ validity: { kind: 'dates', start: '2025-03-10', end: '2025-03-10' } })).success).toBe(true);
    expect(MandateDraftInput.safeParse(draftInput({ validity: { kind: 'dates', start: '2025-03-10', end: '2026-03-09' } })).success).toBe(true);
    expect(errors(MandateDraftInput, draftInput({ validity: { kind: 'dates', start: '2025-03-10', end: '2026-03-10' } }))['validity.end']).toMatch(/un an au plus/);
  });

  it('refuses an impossible date', () => {
    expect(errors(MandateDraftInput, draftInput({ validity: { kind: 'preset', preset: '1m', start: '2025-02-30' } }))).toEqual({
      'validity.start': 'Date invalide (format attendu : AAAA-MM-JJ).',
    });
  });

  it('refuses the same computer task twice', () => {
    const fields = errors(
      MandateDraftInput,
      draftInput({ scopeItems: [{ catalogueId: 'task.printer', label: 'Imprimante du salon' }, { catalogueId: 'task.printer', label: 'Imprimante du bureau' }] }),
    );
    expect(fields['scopeItems.1.catalogueId']).toBe('« Installer ou régler une imprimante » figure déjà dans les actions prévues.');
  });

  it('refuses two labels that differ only by case, accents or spaces', () => {
    const fields = errors(MandateDraftInput, draftInput({ scopeItems: [{ label: 'Créer une adresse e-mail' }, { label: '  creer une  ADRESSE e-mail' }] }));
    expect(fields['scopeItems.1.label']).toMatch(/^L’action « creer une {2}ADRESSE e-mail » est déjà dans la liste\.$/);
  });

  it('lets one procedure category hold several precise procedures', () => {
    const r = MandateDraftInput.safeParse(
      draftInput({
        scopeItems: [
          { catalogueId: 'procedure.money_tax', label: 'Déclaration de revenus' },
          { catalogueId: 'procedure.money_tax', label: 'Taxe foncière' },
        ],
      }),
    );
    expect(r.success).toBe(true);
  });

  it('refuses an unknown catalogue id', () => {
    expect(errors(MandateDraftInput, draftInput({ scopeItems: [{ catalogueId: 'task.nope', label: 'X' }] }))['scopeItems.0.catalogueId']).toBe(
      'Cette action ne figure pas dans le catalogue.',
    );
  });

  it('refuses an empty helper name, no tool, a duplicated exclusion, a bad session length', () => {
    const fields = errors(
      MandateDraftInput,
      draftInput({ helperName: '   ', tools: [], exclusions: ['Aucun achat', 'aucun achat'], sessionMinutes: 4, place: ' ' }),
    );
    expect(fields).toEqual({
      helperName: 'Indiquez le nom de l’aidant·e.',
      tools: 'Indiquez au moins un outil (par exemple Assistance rapide).',
      'exclusions.1': 'L’exclusion « aucun achat » est en double.',
      sessionMinutes: 'Une séance dure au moins 5 minutes.',
      place: 'Indiquez le lieu de signature (la ville).',
    });
    expect(errors(MandateDraftInput, draftInput({ sessionMinutes: 481 })).sessionMinutes).toBe('Une séance dure au plus 8 heures (480 minutes).');
    expect(errors(MandateDraftInput, draftInput({ sessionMinutes: 30.5 })).sessionMinutes).toBe('La durée d’une séance est un nombre entier de minutes.');
  });

  it('answers malformed input with catalogue keys, field by field', () => {
    // Raw issues, not zodToAppError: that helper would hide English behind a generic sentence.
    const inputs = [
      undefined,
      { personId: 'x', scopeItems: 'nope', validity: { kind: 'week' }, exclusions: [3], tools: [''], sessionMinutes: 'a', place: 3, purpose: 4, dataSeen: [] },
      { ...draftInput(), scopeItems: [{ label: 5, catalogueId: 7 }], validity: { kind: 'preset', preset: '2y', start: 3 } },
    ];
    for (const input of inputs) {
      const r = MandateDraftInput.safeParse(input);
      expect(r.success).toBe(false);
      for (const issue of r.error?.issues ?? []) expect(isMessageKey(issue.message), `${issue.path.join('.')}: ${issue.message}`).toBe(true);
    }
  });
});

describe('Consent', () => {
  const signedAt = '2025-03-01T10:00:00.000Z';

  it('accepts drawn signatures that look like PNG images', () => {
    expect(Consent.safeParse({ method: 'drawn', personSignature: PNG, helperSignature: PNG, signedAt }).success).toBe(true);
  });

  it('refuses an empty or tiny drawn signature', () => {
    expect(errors(Consent, { method: 'drawn', personSignature: '', helperSignature: PNG, signedAt })).toEqual({
      personSignature: 'La signature de la personne est vide.',
    });
    const tiny = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    expect(errors(Consent, { method: 'drawn', personSignature: PNG, helperSignature: tiny, signedAt })).toEqual({
      helperSignature: 'La signature de l’aidant·e est vide.',
    });
  });

  it('refuses something that is not a PNG data URL', () => {
    const jpeg = `data:image/jpeg;base64,${'A'.repeat(400)}`;
    expect(errors(Consent, { method: 'drawn', personSignature: jpeg, helperSignature: PNG, signedAt }).personSignature).toBe(
      'La signature de la personne n’est pas une image valide.',
    );
  });

  it('typed consent needs both names and the ticked box', () => {
    expect(Consent.safeParse({ method: 'typed', personTypedName: 'Jeanne Dupont', helperTypedName: 'Camille Martin', ticked: true, signedAt }).success).toBe(true);
    expect(errors(Consent, { method: 'typed', personTypedName: ' ', helperTypedName: 'Camille Martin', ticked: false, signedAt })).toEqual({
      personTypedName: 'Tapez le nom de la personne.',
      ticked: 'La personne doit cocher la case d’accord.',
    });
  });

  it('paper consent says who keeps the original; oral needs only a time', () => {
    expect(errors(Consent, { method: 'paper', signedOn: '2025-03-01', originalKeptBy: '' })).toEqual({ originalKeptBy: 'Indiquez qui garde l’original signé.' });
    expect(Consent.safeParse({ method: 'oral', recordedAt: '2025-03-01T10:00:00+01:00' }).success).toBe(true);
    expect(errors(Consent, { method: 'oral', recordedAt: 'hier' })).toEqual({ recordedAt: 'Date et heure invalides.' });
  });
});

describe('Revocation', () => {
  it('answers malformed consent and revocation input with catalogue keys', () => {
    const bad: [typeof Consent | typeof Revocation, unknown][] = [
      [Consent, { method: 'drawn', personSignature: 1, helperSignature: null, signedAt: 5 }],
      [Consent, { method: 'typed', personTypedName: 1, ticked: 'yes' }],
      [Consent, { method: 'paper', signedOn: 5, originalKeptBy: 2 }],
      [Consent, { method: 'fax' }],
      [Revocation, { scope: 'item', itemId: 3, date: 'demain', reason: 4 }],
      [Revocation, { scope: 'half' }],
    ];
    for (const [schema, value] of bad) {
      const r = schema.safeParse(value);
      expect(r.success).toBe(false);
      for (const issue of r.error?.issues ?? []) expect(isMessageKey(issue.message), `${issue.path.join('.')}: ${issue.message}`).toBe(true);
    }
  });

  it('needs no reason; a withdrawal by phone says when the call came', () => {
    expect(Revocation.safeParse({ scope: 'whole', date: '2025-03-01' }).success).toBe(true);
    expect(Revocation.safeParse({ scope: 'item', itemId: 'item-1', date: '2025-03-01', reason: 'Fait.' }).success).toBe(true);
    expect(Revocation.safeParse({ scope: 'item', itemId: 'item-1', date: '2025-03-01', channel: 'phone', time: '14:05' }).success).toBe(true);
    expect(errors(Revocation, { scope: 'whole', date: '2025-03-01', channel: 'phone' })).toEqual({ time: 'Indiquez l’heure de l’appel.' });
    expect(errors(Revocation, { scope: 'whole', date: '2025-03-01', channel: 'phone', time: '25:00' })).toEqual({ time: 'Heure invalide (format attendu : 14:05).' });
    expect(errors(Revocation, { scope: 'whole', date: '2025-03-01', channel: 'fax' })).toEqual({ channel: 'Indiquez comment le retrait a été reçu : par téléphone ou sur formulaire signé.' });
    expect(errors(Revocation, { scope: 'whole', date: '2025-03-01', reason: 'x'.repeat(501) })).toEqual({ reason: 'Le motif est trop long (500 caractères au plus).' });
  });
});
