import type { mandateCalls } from '../../../shared/mandate/calls';
import type { AppContext } from '../context';
import type { HandlersFor } from './types';

/** A file name without characters Windows refuses, e.g. « mandat-Hélène-Martin-v1.pdf ». */
export function pdfFileName(parts: string[]): string {
  return `${parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/-+/g, '-')}.pdf`;
}

export function mandatesHandlers(ctx: AppContext): HandlersFor<typeof mandateCalls> {
  const { mandates, bus } = ctx;
  const changed = <T extends { mandate: { personId: string } }>(v: T): T => {
    bus.emit('mandatesChanged', { personId: v.mandate.personId });
    return v;
  };
  return {
    listMandates: ({ personId }) => mandates.list(personId),
    getMandate: ({ id }) => mandates.get(id),
    createMandateDraft: (input) => changed(mandates.createDraft(input)),
    updateMandateDraft: ({ id, draft }) => changed(mandates.updateDraft(id, draft)),
    recordMandateConsent: ({ id, consent }) => changed(mandates.recordConsent(id, consent)),
    revokeMandate: ({ id, revocation }) => changed(mandates.revoke(id, revocation)),
    startMandateAmendment: ({ id, extraItems }) => changed(mandates.startAmendment(id, extraItems)),
    recordMandatePrinted: ({ copies, ...target }) => {
      mandates.recordPrinted(target, copies);
      return { recorded: true };
    },
    printDocumentToPdf: async (target) => {
      if (!ctx.printer) return { native: false, path: null };
      const name =
        target.doc === 'guide'
          ? pdfFileName(['guide-assistance-rapide', ctx.persons.get(target.id).name])
          : pdfFileName([target.doc === 'mandate' ? 'mandat' : 'formulaire-retrait', mandates.get(target.id).mandate.personName, `v${mandates.get(target.id).mandate.version}`]);
      const path = await ctx.printer.printToPdf(target, name);
      if (path) mandates.recordPrinted(target, 1);
      return { native: true, path };
    },
    recordRehearsal: (input) => {
      ctx.persons.get(input.personId);
      const r = mandates.recordRehearsal(input);
      bus.emit('mandatesChanged', { personId: input.personId });
      return r;
    },
    listRehearsals: ({ personId }) => mandates.listRehearsals(personId),
    listMandateJournal: ({ personId }) => mandates.journal(personId),
    checkMandateForPerson: ({ personId, today }) => {
      ctx.persons.get(personId);
      return mandates.checkForPerson(personId, today ?? mandates.today());
    },
  };
}
