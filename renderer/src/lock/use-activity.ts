import { useEffect } from 'react';
import { noteActivity } from '../stores/lock-store';

const EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Tells the main process the helper is here (a key, a click, the wheel), so the idle lock counts
 * from the last one. A mouse merely passing over the window does not count: that is not someone
 * using the app.
 */
export function useActivity(idleSeconds: number): void {
  useEffect(() => {
    // A third of the delay, and at most every 5 s: the main process always hears in time.
    const gap = Math.min(5000, (idleSeconds * 1000) / 3);
    const onActivity = () => noteActivity(gap);
    for (const name of EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      for (const name of EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [idleSeconds]);
}
