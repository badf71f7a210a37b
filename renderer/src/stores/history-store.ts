import { create } from 'zustand';
import type { HistoryFilters, HistoryPage, SearchPage } from '../../../shared/history/calls';
import type { AppErrorValue } from '../../../shared/ipc/result';
import { api } from '../bridge';

export const PAGE_SIZE = 20;

interface HistoryState {
  filters: HistoryFilters;
  /** The words last searched (applied on submit, not on each key). */
  text: string;
  page: number;
  result: HistoryPage | SearchPage | null;
  loading: boolean;
  error: AppErrorValue | null;
  /** Kept while the helper opens a timeline and comes back. */
  setQuery(filters: HistoryFilters, text: string): Promise<void>;
  setPage(page: number): Promise<void>;
  load(): Promise<void>;
}

export const useHistoryStore = create<HistoryState>((set, get) => ({
  filters: {},
  text: '',
  page: 1,
  result: null,
  loading: false,
  error: null,
  async setQuery(filters, text) {
    set({ filters, text, page: 1 });
    await get().load();
  },
  async setPage(page) {
    set({ page });
    await get().load();
  },
  async load() {
    const { filters, text, page } = get();
    set({ loading: true });
    const words = text.trim();
    const r = words
      ? await api().searchHistory({ text: words, filters, page, pageSize: PAGE_SIZE })
      : await api().listHistory({ filters, page, pageSize: PAGE_SIZE });
    // A slower answer to an older query must not overwrite a newer one.
    const now = get();
    if (now.filters !== filters || now.text !== text || now.page !== page) return;
    set(r.ok ? { result: r.value, error: null, loading: false } : { error: r.error, loading: false });
  },
}));
