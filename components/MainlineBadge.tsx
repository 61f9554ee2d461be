import type { MainlineStatus } from '@/utils/types';
import { BadgeWithCard } from './BadgeWithCard';
import { MainlineCard, subjectTitle } from './MainlineCard';

/** The badge's few words: where the code went. */
export function mainlineLabel(status: MainlineStatus): string {
  switch (status.state) {
    case 'merged':
      return status.release && !status.untagged ? `in ${status.release}` : 'in mainline';
    case 'not-merged':
      return status.notMerged === 'linux-next-merge' ? 'never in mainline' : 'not in mainline';
    case 'unknown':
      return 'mainline?';
    case 'unavailable':
      return 'unavailable';
  }
}

const STATE_WORDS: Record<MainlineStatus['state'], string> = {
  merged: 'in mainline',
  'not-merged': 'not in mainline',
  unknown: 'mainline status unknown',
  unavailable: 'mainline status unavailable',
};

/** The inline badge after a commit link, a lore link or a source path. */
export function MainlineBadge({ status, now }: { status: MainlineStatus; now: number }) {
  const release = status.state === 'merged' && status.release ? ` since Linux ${status.release}` : '';
  return (
    <BadgeWithCard
      label={mainlineLabel(status)}
      state={status.state}
      ariaLabel={`${subjectTitle(status)}: ${STATE_WORDS[status.state]}${release}`}
      cardLabel={subjectTitle(status)}
    >
      <MainlineCard status={status} now={now} />
    </BadgeWithCard>
  );
}
