import { expect } from 'vitest';
import type { Result } from '../../../shared/ipc/result';
import { recordConsent } from '../../../shared/mandate/consent';
import type { AssociationIdentity } from '../../../shared/mandate/association';
import { createMandate, type CurrentTerms, type MandateMeta } from '../../../shared/mandate/create';
import type { Consent, Mandate, MandateDraftInput } from '../../../shared/mandate/schema';

export const PERSON_ID = '01890a5d-ac96-774b-bcce-b302099a8057';

/** Long enough to pass the size check, starts with the PNG signature: what a canvas export looks like. */
export const PNG = `data:image/png;base64,iVBORw0KGgo${'QUJD'.repeat(100)}`;

export function draftInput(overrides: Partial<MandateDraftInput> = {}): MandateDraftInput {
  return {
    personId: PERSON_ID,
    helperName: 'Camille Martin',
    scopeItems: [
      { catalogueId: 'task.printer', label: 'Installer ou régler une imprimante' },
      { catalogueId: 'task.email_create', label: 'Créer une adresse e-mail' },
      { label: 'Déclarer ses revenus sur impots.gouv.fr' },
    ],
    exclusions: ['Aucune opération bancaire'],
    tools: ['Assistance rapide (Quick Assist de Microsoft)'],
    validity: { kind: 'dates', start: '2025-03-01', end: '2025-08-31' },
    sessionMinutes: 45,
    place: 'Nantes',
    ...overrides,
  };
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function failure<T>(r: Result<T>) {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

/** What the association's settings hold in these tests (as Réglages would). */
export const ASSOCIATION: AssociationIdentity = {
  name: 'Les Connectés du Quartier',
  address: '3 place du Marché, 44000 Nantes',
  phone: '02 40 00 00 00',
  email: 'contact@connectes.example',
  controller: '',
  rightsContact: '',
};
export const TERMS: CurrentTerms = { association: ASSOCIATION, retentionMonths: 72 };

let counter = 0;
export function meta(overrides: Partial<MandateMeta> = {}): MandateMeta {
  counter += 1;
  return { id: `m-${counter}`, personName: 'Jeanne Dupont', createdAt: `2025-02-${String(10 + (counter % 18)).padStart(2, '0')}T09:00:00.000Z`, terms: TERMS, ...overrides };
}

export const drawn = (signedAt = '2025-02-28T10:00:00.000Z'): Consent => ({ method: 'drawn', personSignature: PNG, helperSignature: PNG, signedAt });

/** A signed mandate (drawn signatures) built through the real functions. */
export function signedMandate(overrides: Partial<MandateDraftInput> = {}, metaOverrides: Partial<MandateMeta> = {}, consent: Consent = drawn()): Mandate {
  const draft = unwrap(createMandate(draftInput(overrides), meta(metaOverrides)));
  return unwrap(recordConsent(draft, consent));
}
