import type { MethodInput } from '../../../shared/ipc/contract';
import type { AppErrorValue } from '../../../shared/ipc/result';
import type { ConsentInput, PrintTarget } from '../../../shared/mandate/calls';
import type { MandateDraftInput } from '../../../shared/mandate/schema';
import { api } from '../bridge';

/**
 * Writes of the mandate domain. Each one makes the main process announce `mandatesChanged`,
 * which refreshes the mandate queries on screen (their refreshOn).
 */
export const saveMandateDraft = (mandateId: string | null, draft: MandateDraftInput) =>
  mandateId ? api().updateMandateDraft({ id: mandateId, draft }) : api().createMandateDraft(draft);

/**
 * `shownHash`: the contentHash of the view the person read; the main process refuses if the text changed since.
 * `helperId`: the profile taking the consent, which the journal records with its name then.
 */
export const recordMandateConsent = (id: string, consent: ConsentInput, shownHash: string, helperId: string | null) =>
  api().recordMandateConsent({ id, consent, shownHash, ...(helperId ? { helperId } : {}) });

export const revokeMandate = (id: string, revocation: MethodInput<'revokeMandate'>['revocation']) => api().revokeMandate({ id, revocation });

/** The amendment is a new draft version at once; the helper then edits it like any draft. */
export const startMandateAmendment = (id: string) => api().startMandateAmendment({ id });

export const recordRehearsal = (input: MethodInput<'recordRehearsal'>) => api().recordRehearsal(input);

export type DocumentPrinted = { printed: 'pdf'; path: string | null } | { printed: 'dialog'; recorded: AppErrorValue | null };

/**
 * Electron prints to a PDF in a folder the helper picks (path null: cancelled), and the main
 * process journals it. Browser mode opens the browser's print dialog, then journals the
 * printing itself (`recorded`: null once journaled, else why not).
 */
export async function printMandateDocument(target: Required<PrintTarget>): Promise<DocumentPrinted> {
  const r = await api().printDocumentToPdf(target);
  if (r.ok && r.value.native) return { printed: 'pdf', path: r.value.path };
  window.print();
  const recorded = await api().recordMandatePrinted(target);
  return { printed: 'dialog', recorded: recorded.ok ? null : recorded.error };
}
