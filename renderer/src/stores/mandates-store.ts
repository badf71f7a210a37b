import { create } from 'zustand';
import type { MandateView, Rehearsal } from '../../../shared/mandate/calls';
import type { MandateCheck } from '../../../shared/mandate/check';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { api } from '../bridge';

interface MandatesState {
  personId: string | null;
  mandates: MandateView[];
  check: MandateCheck | null;
  rehearsals: Rehearsal[];
  error: AppErrorValue | null;
  /** Loads one person's mandates (status recomputed by the main process) and rehearsals. */
  load(personId: string): Promise<void>;
}

export const useMandatesStore = create<MandatesState>((set, get) => ({
  personId: null,
  mandates: [],
  check: null,
  rehearsals: [],
  error: null,
  async load(personId) {
    if (get().personId !== personId) set({ personId, mandates: [], check: null, rehearsals: [], error: null });
    const [list, rehearsals] = await Promise.all([api().listMandates({ personId }), api().listRehearsals({ personId })]);
    // A slower answer for a person no longer shown must not overwrite the current one.
    if (get().personId !== personId) return;
    if (!list.ok) return set({ error: list.error });
    set({ mandates: list.value.mandates, check: list.value.check, rehearsals: rehearsals.ok ? rehearsals.value : [], error: null });
  },
}));

/** Re-reads whenever the main process says this person's mandates changed. */
export function followMandateChanges(): () => void {
  return api().on('mandatesChanged', ({ personId }) => {
    if (useMandatesStore.getState().personId === personId) void useMandatesStore.getState().load(personId);
  });
}
