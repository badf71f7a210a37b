import { useEffect, useMemo, useState } from 'react';
import type { CompiledMandate, Verdict } from '../../../shared/scope-guard/index';

type Guard = typeof import('../../../shared/scope-guard/index');

let loading: Promise<Guard> | null = null;
/**
 * The guard carries a French stemmer and stop-word list; loading it on first use keeps
 * the app's initial script small. It is part of our own bundle: no network involved.
 */
const loadGuard = () => (loading ??= import('../../../shared/scope-guard/index'));

/** Judges `request` against the mandate as the helper types; the mandate is compiled once. */
export function useScopeVerdict(scope: readonly string[], exclusions: readonly string[], request: string): { verdict: Verdict | null; ready: boolean } {
  const [guard, setGuard] = useState<Guard | null>(null);
  const wanted = request.trim() !== '';
  useEffect(() => {
    let live = true;
    const load = () => void loadGuard().then((g) => live && setGuard(g));
    // Building the stemmer and thesaurus takes the main thread for a moment: do it once the
    // panel is shown and the page is idle, or at once when the helper starts typing a request.
    if (wanted || typeof requestIdleCallback !== 'function') load();
    const idle = wanted || typeof requestIdleCallback !== 'function' ? null : requestIdleCallback(load, { timeout: 1500 });
    return () => {
      live = false;
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [wanted]);
  const scopeKey = scope.join('\u0001');
  const exclusionsKey = exclusions.join('\u0001');
  const compiled: CompiledMandate | null = useMemo(
    () => (guard ? guard.compileMandate([...scope], [...exclusions]) : null),
    // Keys instead of arrays: the panel re-renders with equal but new arrays.
    [guard, scopeKey, exclusionsKey],
  );
  const verdict = useMemo(() => (guard && compiled && request.trim() ? guard.judge(compiled, request) : null), [guard, compiled, request]);
  return { verdict, ready: guard !== null };
}
