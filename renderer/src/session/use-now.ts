import { useEffect, useState } from 'react';

/**
 * The current instant, re-read every second and whenever the window shows again. Nothing
 * counts down: views compare stored instants with this, so a throttled or hidden window,
 * or a laptop that slept, is right again at the next reading.
 */
export function useNow(periodMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = window.setInterval(tick, periodMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [periodMs]);
  return now;
}
