import { useState } from 'preact/hooks';
import type { ReleaseState, ReleaseStatus } from '@/utils/types';
import { DateText } from './DateText';
import { ReleaseCard, type ReleaseSource } from './ReleaseCard';

const LABELS: Record<ReleaseState, string> = {
  eol: 'EOL',
  longterm: 'LTS',
  stable: 'stable',
  rc: 'rc',
  'merge-window': 'merge window',
  unreleased: 'upcoming',
  unknown: 'unknown',
};

const STATE_WORDS: Record<ReleaseState, string> = {
  eol: 'end of life',
  longterm: 'long-term support',
  stable: 'maintained stable release',
  rc: 'in release candidates',
  'merge-window': 'merge window open',
  unreleased: 'not released yet',
  unknown: 'unknown release',
};

/**
 * The inline badge after a version mention: a small button naming the state, and a card
 * with the details that opens on hover, on focus, or when the button is pressed.
 */
export interface ReleaseBadgeProps {
  status: ReleaseStatus;
  source: ReleaseSource;
  /** In a release table (www.kernel.org): also say, inline, when it was released and when its EOL is. */
  inline?: { today: string };
}

export function ReleaseBadge({ status, source, inline }: ReleaseBadgeProps) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<CardPlace>({ top: 0, left: 0 });
  // The card is position: fixed, placed from the badge's box when it is about to show, so
  // an article with overflow: hidden (Phoronix's content column) cannot clip it.
  const measure = (event: Event) => setPlace(cardPlace((event.currentTarget as Element).getBoundingClientRect()));
  return (
    <span
      class="kc-badge"
      data-state={status.state}
      onMouseEnter={measure}
      onFocusIn={measure}
      onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
    >
      <button
        type="button"
        class="kc-badge__button"
        aria-expanded={open}
        aria-controls="kc-card"
        aria-label={`Linux ${status.subject}: ${STATE_WORDS[status.state]}`}
        onClick={() => setOpen(!open)}
      >
        {LABELS[status.state]}
      </button>
      {inline ? <InlineFacts status={status} today={inline.today} /> : null}
      <span
        class="kc-card"
        id="kc-card"
        role="group"
        aria-label={`Linux ${status.subject}`}
        data-open={open ? 'true' : 'false'}
        style={place.bottom !== undefined ? { bottom: `${place.bottom}px`, left: `${place.left}px` } : { top: `${place.top}px`, left: `${place.left}px` }}
      >
        <ReleaseCard status={status} source={source} />
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

/** "released 12 days ago · EOL Dec 31, 2028 (projected)", for a row of kernel.org's release table. */
function InlineFacts({ status, today }: { status: ReleaseStatus; today: string }) {
  const released = status.latestPoint?.version === status.subject ? status.latestPoint.date : status.releasedOn;
  return (
    <span class="kc-badge__facts">
      {released ? (
        <>
          {' '}released <time dateTime={released}>{daysAgo(released, today)}</time>
        </>
      ) : null}
      {status.eol ? (
        <>
          {' · '}EOL <DateText date={status.eol.date} />
          {status.eol.projected ? ' (projected)' : ''}
        </>
      ) : null}
    </span>
  );
}

function daysAgo(date: string, today: string): string {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-days, 'day');
}
