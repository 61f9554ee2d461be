import type { ReleaseState, ReleaseStatus } from '@/utils/types';
import { BadgeWithCard } from './BadgeWithCard';
import { DateText } from './DateText';
import { ReleaseCard, type ReleaseSource } from './ReleaseCard';
import { t } from '@/utils/i18n/t';
import { tx } from '@/utils/i18n/rich';
import { relativeTimeFormat } from '@/utils/i18n/formats';

const LABELS = {
  eol: 'badge_release_eol',
  longterm: 'badge_release_longterm',
  stable: 'badge_release_stable',
  rc: 'badge_release_rc',
  'merge-window': 'badge_release_merge_window',
  unreleased: 'badge_release_unreleased',
  unknown: 'badge_release_unknown',
} as const satisfies Record<ReleaseState, string>;

/** What a screen reader hears: "Linux 5.13: end of life". */
const ARIA = {
  eol: 'badge_release_aria_eol',
  longterm: 'badge_release_aria_longterm',
  stable: 'badge_release_aria_stable',
  rc: 'badge_release_aria_rc',
  'merge-window': 'badge_release_aria_merge_window',
  unreleased: 'badge_release_aria_unreleased',
  unknown: 'badge_release_aria_unknown',
} as const satisfies Record<ReleaseState, string>;

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
      label={t(LABELS[status.state])}
      state={status.state}
      ariaLabel={t(ARIA[status.state], status.subject)}
      cardLabel={t('badge_release_card_label', status.subject)}
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
          {' '}
          {tx('badge_release_facts_released', <time dateTime={released}>{daysAgo(released, today)}</time>)}
        </>
      ) : null}
      {status.eol ? (
        <>
          {' · '}
          {tx(status.eol.projected ? 'badge_release_facts_eol_projected' : 'badge_release_facts_eol', <DateText date={status.eol.date} />)}
        </>
      ) : null}
    </span>
  );
}

function daysAgo(date: string, today: string): string {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  return relativeTimeFormat(undefined, { numeric: 'auto' }).format(-days, 'day');
}
