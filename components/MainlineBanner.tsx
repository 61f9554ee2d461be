import type { MainlineStatus } from '@/utils/types';
import { t } from '@/utils/i18n/t';
import { tx } from '@/utils/i18n/rich';
import { EvidenceLinks } from './EvidenceLinks';
import { AsCommit, MainlineSentence } from './MainlineCard';

const HOW_SHORT = {
  sha: 'mainline_short_sha',
  upstream: 'mainline_short_upstream',
  'pr-tracker-bot': 'mainline_short_pr_tracker_bot',
  'merge-tag': 'mainline_short_merge_tag',
  link: 'mainline_short_link',
  'subject-author': 'mainline_short_subject_author',
  path: 'mainline_short_sha',
} as const satisfies Record<NonNullable<MainlineStatus['match']>, string>;

/**
 * The banner under a commit page's header or atop a lore patch or pull request: one line
 * saying whether it reached mainline and in which release, then its evidence.
 */
export function MainlineBanner({ status, label, now }: { status: MainlineStatus; label?: string; now: number }) {
  const commit = status.commit;
  const sentence = <MainlineSentence status={status} now={now} />;
  return (
    <section class="kc-banner" data-state={status.state} aria-label={t('mainline_banner_aria')} aria-live="polite">
      {label ? <p class="kc-banner__label">{label}</p> : null}
      <p class="kc-banner__line">{status.state === 'merged' && status.match ? tx('mainline_banner_line_how', sentence, t(HOW_SHORT[status.match])) : sentence}</p>
      {status.state === 'merged' && commit && commit.sha !== status.subject ? (
        <p class="kc-banner__detail">
          <AsCommit commit={commit} />
        </p>
      ) : null}
      {status.lastKnown ? <p class="kc-banner__detail">{tx('mainline_last_known', <MainlineSentence status={status.lastKnown} now={now} />)}</p> : null}
      <EvidenceLinks links={status.evidence} />
    </section>
  );
}
