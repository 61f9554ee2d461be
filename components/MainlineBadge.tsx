import type { MainlineStatus } from '@/utils/types';
import { t } from '@/utils/i18n/t';
import { BadgeWithCard } from './BadgeWithCard';
import { MainlineCard, subjectTitle } from './MainlineCard';

/** The badge's few words: where the code went. */
export function mainlineLabel(status: MainlineStatus): string {
  switch (status.state) {
    case 'merged':
      return status.release && !status.untagged ? t('badge_mainline_in_release', status.release) : t('badge_mainline_in_mainline');
    case 'not-merged':
      return status.notMerged === 'linux-next-merge' ? t('badge_mainline_never') : t('badge_mainline_not');
    case 'unknown':
      return t('badge_mainline_unknown');
    case 'unavailable':
      return t('badge_mainline_unavailable');
  }
}

/** What a screen reader hears: "Code under rust/: in mainline since Linux 6.1". */
function ariaLabel(status: MainlineStatus): string {
  const subject = subjectTitle(status);
  switch (status.state) {
    case 'merged':
      return status.release ? t('badge_mainline_aria_merged_release', subject, status.release) : t('badge_mainline_aria_merged', subject);
    case 'not-merged':
      return t('badge_mainline_aria_not_merged', subject);
    case 'unknown':
      return t('badge_mainline_aria_unknown', subject);
    case 'unavailable':
      return t('badge_mainline_aria_unavailable', subject);
  }
}

/** The inline badge after a commit link, a lore link or a source path. */
export function MainlineBadge({ status, now }: { status: MainlineStatus; now: number }) {
  return (
    <BadgeWithCard label={mainlineLabel(status)} state={status.state} ariaLabel={ariaLabel(status)} cardLabel={subjectTitle(status)}>
      <MainlineCard status={status} now={now} />
    </BadgeWithCard>
  );
}
