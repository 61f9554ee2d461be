import type { ReleaseState, ReleaseStatus } from '@/utils/types';
import { BadgeWithCard } from './BadgeWithCard';
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
  return (
    <BadgeWithCard
      label={LABELS[status.state]}
      state={status.state}
      ariaLabel={`Linux ${status.subject}: ${STATE_WORDS[status.state]}`}
      cardLabel={`Linux ${status.subject}`}
      after={inline ? <InlineFacts status={status} today={inline.today} /> : null}
    >
      <ReleaseCard status={status} source={source} />
    </BadgeWithCard>
  );
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
