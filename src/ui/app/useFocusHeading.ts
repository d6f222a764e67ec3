import { useEffect, useRef } from 'react';

/** How long a new view may take to put its heading on screen (a saved run is read first). */
const WAIT_MS = 3000;

/**
 * When the view changes (a step, a screen of the Experiments step), the panel scrolls to its top
 * and focus moves to the new view's heading, so that a screen reader reads where the user is and
 * Tab goes on from the top of the new view. The heading is made focusable by script only
 * (tabIndex -1), never a tab stop. The first view is left alone: the page's own start decides there.
 */
export function useFocusHeading(view: string, headingId = 'step-title'): void {
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return undefined;
    shown.current = view;
    const started = performance.now();
    let frame = 0;
    const attempt = (): void => {
      const heading = document.getElementById(headingId);
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        // A new view opens at its top (a back link above the heading included), wherever the last one was scrolled to.
        heading.closest('main')?.scrollTo({ top: 0 });
        heading.focus({ preventScroll: true });
        return;
      }
      if (performance.now() - started < WAIT_MS) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [view, headingId]);
}
