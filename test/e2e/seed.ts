import type { Page } from '@playwright/test';
import type { BinomeApi } from '../../shared/ipc/api';

/** Big enough to pass the schema's signature check; a real drawing is tested in mandates.spec.ts. */
const PNG = `data:image/png;base64,iVBORw0KGgo${'AAAA'.repeat(80)}`;

export interface SeedOptions {
  name: string;
  /** Scope items of a mandate signed today (drawn consent); none means no mandate at all. */
  scopeItems?: string[];
}

/** The helper profile every seeded laptop has (created once), as a volunteer would add it in Réglages. */
export const SEED_HELPER = { displayName: 'Camille Aidante', quickAssistName: 'Camille A.' };

/**
 * Creates a person, and optionally a signed mandate, through the app's own bridge; returns the person's id.
 * The laptop gets its helper profile first when it has none (sessions and signatures record one).
 */
export function seedPerson(page: Page, options: SeedOptions): Promise<string> {
  return page.evaluate(
    async ({ name, scopeItems, png, helper }) => {
      const b = (window as unknown as { binome: BinomeApi }).binome;
      const helpers = await b.listHelpers({});
      if (!helpers.ok) throw new Error(helpers.error.message);
      let helperId = helpers.value.helpers[0]?.id;
      if (!helperId) {
        const added = await b.addHelper(helper);
        if (!added.ok) throw new Error(added.error.message);
        helperId = added.value.id;
      }
      const person = await b.createPerson({ name, phone: '', notes: '' });
      if (!person.ok) throw new Error(person.error.message);
      if (scopeItems) {
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
        const draft = await b.createMandateDraft({
          personId: person.value.id,
          helperName: 'Camille Aidante',
          associationName: 'Les Binômes',
          scopeItems: scopeItems.map((label) => ({ label })),
          exclusions: ['Aucune opération bancaire'],
          tools: ['Assistance rapide'],
          validity: { kind: 'preset', preset: '6m', start: today },
          sessionMinutes: 45,
          place: 'Lyon',
        });
        if (!draft.ok) throw new Error(draft.error.message);
        const signed = await b.recordMandateConsent({ id: draft.value.mandate.id, consent: { method: 'drawn', personSignature: png, helperSignature: png }, helperId });
        if (!signed.ok) throw new Error(signed.error.message);
      }
      return person.value.id;
    },
    { name: options.name, scopeItems: options.scopeItems ?? null, png: PNG, helper: SEED_HELPER },
  );
}
