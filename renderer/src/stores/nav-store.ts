import { create } from 'zustand';
import type { PrintDoc } from '../../../shared/mandate/print-docs';
import { startRoute } from './start-route';

export type View =
  | { name: 'persons' }
  | { name: 'person'; personId: string }
  /** `read`: a draft shown as the document it will be (« Lire »), not as its form. */
  | { name: 'mandate'; personId: string; mandateId: string | null; read?: boolean }
  | { name: 'session'; sessionId: string }
  | { name: 'settings' }
  | { name: 'history'; personId?: string | undefined }
  | { name: 'sessionTimeline'; sessionId: string }
  | { name: 'mandateSign'; mandateId: string }
  | { name: 'mandateRevoke'; mandateId: string }
  | { name: 'rehearsal'; personId: string }
  /** `blank`: the withdrawal form to fill in by hand; `back`: where « Retour » goes (the person's file when absent). */
  | { name: 'print'; doc: PrintDoc; id: string; largePrint: boolean; blank?: boolean; back?: View }
  | { name: 'dossier'; personId: string };

interface NavState {
  view: View;
  go(view: View): void;
}

export const useNavStore = create<NavState>((set) => ({
  view: startRoute(typeof location === 'undefined' ? '' : location.hash),
  go: (view) => set({ view }),
}));
