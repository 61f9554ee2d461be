import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface BadgeWithCardProps {
  /** The badge's short label ("EOL", "in 6.1"). */
  label: string;
  /** Drives the badge's colours (`data-state`). */
  state: string;
  /** What a screen reader announces for the button, after its label. */
  ariaLabel: string;
  /** The card's accessible name. */
  cardLabel: string;
  /** Shown inline after the button (kernel.org's release table). */
  after?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * An inline badge: a small button naming a state, and a card with the details.
 *
 * A disclosure for the keyboard: Enter or Space (or a click) opens the card, Tab then moves
 * into its links, Escape closes it and puts focus back on the button, and focus leaving the
 * badge closes it. Hovering shows the card too (the pointer can move into it), and Escape
 * dismisses that as well, wherever focus is.
 */
export function BadgeWithCard({ label, state, ariaLabel, cardLabel, after, children }: BadgeWithCardProps) {
  const [open, setOpen] = useState(false);
  const [hovered, setHovered] = useState(false);
  /** Escape hides a hovered card until the pointer leaves the badge. */
  const [dismissed, setDismissed] = useState(false);
  const [place, setPlace] = useState<CardPlace>({ top: 0, left: 0 });
  const button = useRef<HTMLButtonElement>(null);
  // The card is position: fixed, placed from the badge's box when it is about to show, so
  // an article with overflow: hidden (Phoronix's content column) cannot clip it.
  const measure = () => {
    if (button.current) setPlace(cardPlace(button.current.getBoundingClientRect()));
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    setDismissed(true);
    if (refocus) button.current?.focus();
  };

  // A hovered card listens for Escape on the whole page: focus may be anywhere else.
  useEffect(() => {
    if (!hovered) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [hovered]);

  const shown = open || (hovered && !dismissed);
  // The card's details are drawn the first time it shows, then kept: drawing every badge's
  // card up front was most of the time a page of badges took to appear (`npm run bench`).
  const drawn = useRef(false);
  if (shown) drawn.current = true;
  return (
    <span
      class="kc-badge"
      data-state={state}
      onMouseEnter={() => {
        measure();
        setHovered(true);
      }}
      onMouseLeave={() => {
        setHovered(false);
        setDismissed(false);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !shown) return;
        // Only the badge's own Escape: the page must not also act on it.
        event.stopPropagation();
        close(true);
      }}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !(event.currentTarget as Node).contains(next)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={button}
        class="kc-badge__button"
        aria-expanded={shown}
        aria-controls="kc-card"
        // Named by its visible label, then the full sentence: a voice user can say what they
        // see, a screen reader hears it in full (WCAG 2.5.3, label in name).
        aria-labelledby="kc-badge-label kc-badge-words"
        onClick={() => {
          if (open) return close(false);
          measure();
          setDismissed(false);
          setOpen(true);
        }}
      >
        <span id="kc-badge-label">{label}</span>
      </button>
      <span id="kc-badge-words" hidden>
        {ariaLabel}
      </span>
      {after}
      <span
        class="kc-card"
        id="kc-card"
        role="group"
        aria-label={cardLabel}
        data-open={shown ? 'true' : 'false'}
        style={place.bottom !== undefined ? { bottom: `${place.bottom}px`, left: `${place.left}px` } : { top: `${place.top}px`, left: `${place.left}px` }}
      >
        {drawn.current ? children : null}
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
