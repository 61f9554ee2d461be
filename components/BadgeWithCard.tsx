import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface BadgeWithCardProps {
  /** The badge's short label ("EOL", "in 6.1"). */
  label: string;
  /** Drives the badge's colours (`data-state`). */
  state: string;
  /** What a screen reader announces for the button. */
  ariaLabel: string;
  /** The card's accessible name. */
  cardLabel: string;
  /** Shown inline after the button (kernel.org's release table). */
  after?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * An inline badge: a small button naming a state, and a card with the details that opens
 * on hover, on focus, or when the button is pressed; Escape closes it.
 */
export function BadgeWithCard({ label, state, ariaLabel, cardLabel, after, children }: BadgeWithCardProps) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<CardPlace>({ top: 0, left: 0 });
  // The card is position: fixed, placed from the badge's box when it is about to show, so
  // an article with overflow: hidden (Phoronix's content column) cannot clip it.
  const measure = (event: Event) => setPlace(cardPlace((event.currentTarget as Element).getBoundingClientRect()));
  return (
    <span class="kc-badge" data-state={state} onMouseEnter={measure} onFocusIn={measure} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" class="kc-badge__button" aria-expanded={open} aria-controls="kc-card" aria-label={ariaLabel} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {after}
      <span
        class="kc-card"
        id="kc-card"
        role="group"
        aria-label={cardLabel}
        data-open={open ? 'true' : 'false'}
        style={place.bottom !== undefined ? { bottom: `${place.bottom}px`, left: `${place.left}px` } : { top: `${place.top}px`, left: `${place.left}px` }}
      >
        {children}
      </span>
    </span>
  );
}

interface CardPlace {
  top?: number;
  bottom?: number;
  left: number;
}

/** Below the badge, or above it when the badge is near the bottom of the window; never off its right edge. */
function cardPlace(badge: DOMRect): CardPlace {
  const width = Math.min(416, window.innerWidth * 0.8);
  const left = Math.max(4, Math.min(badge.left, window.innerWidth - width - 8));
  if (badge.bottom + 220 > window.innerHeight && badge.top > 240) return { bottom: window.innerHeight - badge.top + 4, left };
  return { top: badge.bottom + 4, left };
}
