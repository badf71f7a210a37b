import { create } from 'zustand';
import type { RevocationChannel } from '../../../shared/mandate/schema';

/** What the helper has typed on a withdrawal screen, kept while the blank form is printed and « Retour » comes back. */
export interface RevokeDraft {
  scope: 'whole' | 'item';
  itemId: string;
  channel: RevocationChannel;
  date: string;
  time: string;
  reason: string;
}

interface RevokeDraftState {
  drafts: Record<string, RevokeDraft>;
  save(mandateId: string, draft: RevokeDraft): void;
  forget(mandateId: string): void;
}

export const useRevokeDraftStore = create<RevokeDraftState>((set) => ({
  drafts: {},
  save: (mandateId, draft) => set((s) => ({ drafts: { ...s.drafts, [mandateId]: draft } })),
  forget: (mandateId) =>
    set((s) => {
      const { [mandateId]: _gone, ...rest } = s.drafts;
      return { drafts: rest };
    }),
}));
