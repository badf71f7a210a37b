import { useEffect, type RefObject } from 'react';

/**
 * A bar stuck to the top or the bottom of the window (the code strip, the step buttons) would hide
 * whatever the browser scrolls into view beneath it: the focused field after a Tab, the step's
 * title. Its height, kept up to date, becomes the page's scroll padding on that side (styles.css:
 * --sticky-top / --sticky-bottom), so what gets the focus lands clear of the bars (WCAG 2.4.11).
 */
export function useStickyInset(ref: RefObject<HTMLElement | null>, side: 'top' | 'bottom') {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const name = `--sticky-${side}`;
    const measure = () => root.style.setProperty(name, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(name);
    };
  }, [ref, side]);
}
