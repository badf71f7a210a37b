import { create } from 'zustand';
import { PRINT_DOCS, type PrintDoc } from '../../../shared/mandate/print-docs';

export type View =
  | { name: 'persons' }
  | { name: 'person'; personId: string }
  | { name: 'mandate'; personId: string; mandateId: string | null }
  | { name: 'session'; sessionId: string }
  | { name: 'settings' }
  | { name: 'history'; personId?: string | undefined }
  | { name: 'sessionTimeline'; sessionId: string }
  | { name: 'mandateSign'; mandateId: string }
  | { name: 'mandateRevoke'; mandateId: string }
  | { name: 'rehearsal'; personId: string }
  | { name: 'print'; doc: PrintDoc; id: string; largePrint: boolean }
  | { name: 'dossier'; personId: string };

interface NavState {
  view: View;
  go(view: View): void;
}

export const useNavStore = create<NavState>((set) => ({
  view: initialView(),
  go: (view) => set({ view }),
}));

/**
 * Electron prints a document by loading the app in a hidden window at '#print/<doc>/<id>/<large|normal>'
 * (electron/main/print.ts); any other start shows the list of persons.
 */
function initialView(): View {
  const [name, doc, id, size] = (typeof location === 'undefined' ? '' : location.hash.slice(1)).split('/');
  if (name === 'print' && PRINT_DOCS.includes(doc as PrintDoc) && id) return { name: 'print', doc: doc as PrintDoc, id: decodeURIComponent(id), largePrint: size === 'large' };
  // '#dossier/<personId>' (shared/export/calls.ts, dossierRoute): the right-of-access file to print.
  if (name === 'dossier' && doc) return { name: 'dossier', personId: decodeURIComponent(doc) };
  return { name: 'persons' };
}
