import { create } from 'zustand';

export type View =
  | { name: 'persons' }
  | { name: 'person'; personId: string }
  | { name: 'mandate'; personId: string; mandateId: string | null }
  | { name: 'session'; sessionId: string }
  | { name: 'settings' };

interface NavState {
  view: View;
  go(view: View): void;
}

export const useNavStore = create<NavState>((set) => ({
  view: { name: 'persons' },
  go: (view) => set({ view }),
}));
