/**
 * Behaviour of a hover-and-focus tooltip, kept apart from the markup. It follows WCAG 2.2 SC 1.4.13
 * (Content on Hover or Focus): the tooltip is dismissible (Escape, without moving focus or the
 * pointer), hoverable (the pointer can move onto it, since it sits inside the hovered wrapper) and
 * persistent (it stays until the pointer leaves, focus leaves, or Escape is pressed).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useEscapeKey } from '../useEscapeKey';

/** Space kept between the tooltip and the edge of the viewport, in CSS pixels. */
const EDGE = 8;

/**
 * How long the tooltip waits after the pointer leaves before it hides. A pointer travelling
 * diagonally from the term to the wider tooltip crosses the text beside the term; without this
 * grace period the tooltip would vanish on the way (WCAG 1.4.13, hoverable).
 */
export const HIDE_DELAY_MS = 300;

export interface Tooltip {
  open: boolean;
  tooltipRef: RefObject<HTMLSpanElement | null>;
  /** Spread on the element that wraps the trigger and the tooltip. */
  wrapperProps: { onMouseEnter: () => void; onMouseLeave: () => void };
  /** Spread on the focusable trigger. */
  triggerProps: { onFocus: () => void; onBlur: () => void };
}

/** State and handlers for one tooltip. Closed on first render, so server and client markup agree. */
export function useTooltip(): Tooltip {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const tooltipRef = useRef<HTMLSpanElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const open = (hovered || focused) && !dismissed;

  // Escape must also close a tooltip opened by hover while focus is elsewhere.
  const dismiss = useCallback(() => setDismissed(true), []);
  useEscapeKey(open, dismiss);

  // The tooltip starts at the term's left edge; near the right edge of a phone screen that would
  // overflow, so slide it left just enough (measured before paint, so it never flickers).
  useLayoutEffect(() => {
    const tooltip = tooltipRef.current;
    if (!open || !tooltip) return;
    tooltip.style.removeProperty('--term-tooltip-shift');
    const { left, right } = tooltip.getBoundingClientRect();
    const overflow = right - (document.documentElement.clientWidth - EDGE);
    const shift = Math.max(0, Math.min(overflow, left - EDGE));
    if (shift > 0) tooltip.style.setProperty('--term-tooltip-shift', `${-shift}px`);
  }, [open]);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  return {
    open,
    tooltipRef,
    wrapperProps: {
      onMouseEnter: () => {
        clearTimeout(hideTimer.current);
        setHovered(true);
        setDismissed(false);
      },
      onMouseLeave: () => {
        clearTimeout(hideTimer.current);
        hideTimer.current = setTimeout(() => setHovered(false), HIDE_DELAY_MS);
      },
    },
    triggerProps: {
      onFocus: () => {
        setFocused(true);
        setDismissed(false);
      },
      onBlur: () => setFocused(false),
    },
  };
}
