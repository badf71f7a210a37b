import { useEffect, type RefObject } from 'react';

/**
 * A new screen replaces the one whose button was pressed: that button is gone and the browser
 * leaves the focus on the page body, where a screen reader says nothing and Tab starts over
 * from the top. The screen's title (tabIndex -1) takes the focus instead, once `ready` (shown),
 * and only if nothing else holds it, so a field the helper is already in is never taken away.
 */
export function useFocusIfLost(ref: RefObject<HTMLElement | null>, ready = true) {
  useEffect(() => {
    if (!ready) return;
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus();
  }, [ref, ready]);
}
