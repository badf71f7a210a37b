import { useEffect, type RefObject } from 'react';

/**
 * When a command replaces the control that has the focus (the code form gives way to the
 * countdown), the browser drops the focus to the page body and a keyboard or screen reader
 * user loses their place. The control asks, before sending, that the element shown in its
 * stead takes the focus; that element honours the request when it mounts.
 */
let requested: string | null = null;

export function handFocusTo(target: string | null) {
  requested = target;
}

/** `preventScroll` for an element that is always in sight (a stuck bar): scrolling to it would only move the page. */
export function useTakeFocus(target: string, ref: RefObject<HTMLElement | null>, options: { preventScroll?: boolean } = {}) {
  const { preventScroll = false } = options;
  useEffect(() => {
    if (requested !== target) return;
    requested = null;
    ref.current?.focus({ preventScroll });
  }, [target, ref, preventScroll]);
}
