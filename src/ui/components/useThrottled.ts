import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once per `intervalMs` (the latest one always arrives, after at most
 * `intervalMs`). For views that are costly to redraw, like the training curves: a fast run
 * finishes several epochs a second, and redrawing a chart for each would hold up the window.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return undefined;
    const wait = lastShownAt.current + intervalMs - performance.now();
    const show = (): void => {
      lastShownAt.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) {
      show();
      return undefined;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);
  return shown;
}
