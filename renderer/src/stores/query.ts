import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName, MethodInput, MethodName, MethodOutput } from '../../../shared/ipc/contract';
import type { AppErrorValue, Result } from '../../../shared/ipc/result';
import { api } from '../bridge';

export interface Query<T> {
  /** The last answer for this input; kept while a refresh is under way or after a refresh failed. */
  data: T | null;
  error: AppErrorValue | null;
  /** True until the first answer for this input arrives. */
  loading: boolean;
  refresh(): void;
}

export interface QueryOptions {
  /** Main-process events after which the data may have changed (another window, a write elsewhere). */
  refreshOn?: readonly EventName[];
}

/** The refresh functions of the queries on screen, by call: what a write outdates. */
const shown = new Map<MethodName, Set<() => void>>();

/** Re-reads every query of these calls on screen. Writes that no main-process event announces call it. */
export function refreshQueries(...names: MethodName[]): void {
  for (const name of names) for (const refresh of shown.get(name) ?? []) refresh();
}

interface Answer<T> {
  key: string;
  data: T | null;
  error: AppErrorValue | null;
}

/**
 * One screen's data from one bridge call: `null` as input waits (nothing to ask yet). A slower
 * answer to an older input or an older refresh never overwrites a newer one. State that outlives
 * a screen, or that several screens share, lives in a zustand store instead (see README).
 */
export function useQuery<K extends MethodName>(name: K, input: MethodInput<K> | null, options: QueryOptions = {}): Query<MethodOutput<K>> {
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<Answer<MethodOutput<K>> | null>(null);
  const asked = useRef(0);

  const refresh = useCallback(() => {
    if (key === null) return;
    const ask = ++asked.current;
    const call = api()[name] as (input: unknown) => Promise<Result<MethodOutput<K>>>;
    void call(JSON.parse(key)).then((r) => {
      if (ask !== asked.current) return;
      setAnswer((previous) => ({
        key,
        data: r.ok ? r.value : previous?.key === key ? previous.data : null,
        error: r.ok ? null : r.error,
      }));
    });
  }, [name, key]);

  useEffect(() => {
    refresh();
    const set = shown.get(name) ?? new Set();
    shown.set(name, set.add(refresh));
    return () => {
      set.delete(refresh);
      // Whatever is still on its way belongs to an input no longer shown.
      asked.current++;
    };
  }, [name, refresh]);

  const events = (options.refreshOn ?? []).join(',');
  useEffect(() => {
    if (!events) return;
    const stops = events.split(',').map((event) => api().on(event as EventName, refresh));
    return () => stops.forEach((stop) => stop());
  }, [events, refresh]);

  const current = answer?.key === key ? answer : null;
  return { data: current?.data ?? null, error: current?.error ?? null, loading: key !== null && current === null, refresh };
}
