import { useEffect, useRef, type RefObject } from 'react';

/** Focuses `heading` if the focus was lost (on the page body); true when nothing is left to do. */
function focusHeadingIfLost(main: HTMLElement): boolean {
  const active = document.activeElement;
  if (active !== null && active !== document.body) return true;
  const heading = main.querySelector('h1');
  if (!heading) return false;
  // A heading is not focusable by default; -1 lets a script focus it without adding a Tab stop.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/**
 * After a button inside a screen opens another screen, that button is gone and Chromium leaves
 * the focus on the page body: a screen reader says nothing and Tab starts over from the top.
 * The new screen's title takes the focus instead, once it is shown (a lazy screen arrives a
 * moment later). A focus still held elsewhere (the navigation bar) is left alone, and so is
 * the first screen of a start.
 */
export function useFocusOnViewChange(main: RefObject<HTMLElement | null>, viewKey: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const element = main.current;
    if (!element || focusHeadingIfLost(element)) return;
    const observer = new MutationObserver(() => {
      if (focusHeadingIfLost(element)) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [main, viewKey]);
}
