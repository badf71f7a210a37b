import { useEffect } from 'react';

export interface ShortcutActions {
  next(): void;
  back(): void;
  note(): void;
  scope(): void;
}

/**
 * Alt + key, so that typing in a field (a code, a note) never triggers a step change;
 * Alt+→ / Alt+← are not used by text fields. Documented in the panel (ShortcutsHelp).
 */
export function useShortcuts(actions: ShortcutActions, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const key = e.key.toLowerCase();
      const action =
        e.key === 'ArrowRight' ? actions.next : e.key === 'ArrowLeft' ? actions.back : key === 'n' || e.code === 'KeyN' ? actions.note : key === 'v' || e.code === 'KeyV' ? actions.scope : null;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, enabled]);
}
