/**
 * A button that opens a small panel next to it: the browser's popover (top layer, so no
 * scrolling container clips it; Escape and a click outside close it, and focus goes back to
 * the button), placed under the button and kept inside the window.
 */
import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react';

interface PopoverProps {
  /** What the button shows. */
  readonly trigger: ReactNode;
  /** The button's accessible name when its content is not enough (an icon, a short word). */
  readonly triggerLabel?: string;
  readonly triggerClassName?: string;
  readonly triggerTitle?: string;
  readonly disabled?: boolean;
  /** The panel's accessible name. */
  readonly title: string;
  readonly className?: string;
  /** 'start': the panel's left edge under the button's; 'end': right edges aligned. */
  readonly align?: 'start' | 'end';
  /** Where focus goes on opening: the first control in the panel, or the panel itself (to read it). */
  readonly focus?: 'first' | 'panel';
  /** Gets a function that closes the panel (after a choice). */
  readonly children: (close: () => void) => ReactNode;
}

const MARGIN = 8;

/** Under the button, or above it when there is no room below; never past the window's edges. */
function place(panel: HTMLElement, anchor: HTMLElement, align: 'start' | 'end'): void {
  const a = anchor.getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  let left = align === 'start' ? a.left : a.right - p.width;
  left = Math.max(MARGIN, Math.min(left, vw - p.width - MARGIN));
  const below = a.bottom + 4;
  const top = below + p.height <= vh - MARGIN || a.top - p.height - 4 < MARGIN ? below : a.top - p.height - 4;
  panel.style.left = `${Math.round(left)}px`;
  panel.style.top = `${Math.round(Math.max(MARGIN, top))}px`;
  panel.style.maxHeight = `${Math.round(vh - Math.max(MARGIN, top) - MARGIN)}px`;
}

export function Popover({
  trigger,
  triggerLabel,
  triggerClassName = 'button',
  triggerTitle,
  disabled,
  title,
  className,
  align = 'start',
  focus = 'first',
  children,
}: PopoverProps) {
  const id = useId();
  const anchorRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  // By id rather than through the ref: `close` is handed to the children while rendering.
  const close = useCallback(() => {
    const panel = document.getElementById(id);
    if (panel?.matches(':popover-open')) panel.hidePopover();
  }, [id]);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open' || !anchorRef.current) return;
      place(panel, anchorRef.current, align);
      // Focus moves in, so a keyboard user lands on the first choice and Escape brings them back.
      const first = focus === 'first' ? panel.querySelector<HTMLElement>('button:not(:disabled), [href], input, select') : null;
      (first ?? panel).focus();
    };
    // The window's content scrolls under a placed panel: close it rather than leave it floating.
    const onScroll = (event: Event) => {
      if (event.target instanceof Node && panel.contains(event.target)) return;
      close();
    };
    panel.addEventListener('toggle', onToggle);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      panel.removeEventListener('toggle', onToggle);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, [align, close, focus]);

  return (
    <>
      <button
        ref={anchorRef}
        type="button"
        className={triggerClassName}
        popoverTarget={id}
        aria-label={triggerLabel}
        title={triggerTitle}
        disabled={disabled}
      >
        {trigger}
      </button>
      <div ref={panelRef} id={id} popover="auto" role="dialog" aria-label={title} tabIndex={-1} className={`popover ${className ?? ''}`}>
        {children(close)}
      </div>
    </>
  );
}
