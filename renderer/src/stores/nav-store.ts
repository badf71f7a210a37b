import { create } from 'zustand';
import type { PrintDoc } from '../../../shared/mandate/print-docs';
import { startRoute } from './start-route';

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
  view: startRoute(typeof location === 'undefined' ? '' : location.hash),
  go: (view) => set({ view }),
}));
