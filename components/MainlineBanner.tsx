import type { MainlineStatus } from '@/utils/types';
import { EvidenceLinks } from './EvidenceLinks';
import { MainlineSentence } from './MainlineCard';

const HOW_SHORT: Record<NonNullable<MainlineStatus['match']>, string> = {
  sha: 'verified in git',
  upstream: 'its upstream commit, verified in git',
  'pr-tracker-bot': "pr-tracker-bot's merge, verified in git",
  'merge-tag': "Linus's merge of its tag, verified in git",
  link: 'found by Link: trailer, verified in git',
  'subject-author': 'matched by subject and author, verified in git',
  path: 'verified in git',
};

/**
 * The banner under a commit page's header or atop a lore patch or pull request: one line
 * saying whether it reached mainline and in which release, then its evidence.
 */
export function MainlineBanner({ status, label, now }: { status: MainlineStatus; label?: string; now: number }) {
  const commit = status.commit;
  return (
    <section class="kc-banner" data-state={status.state} aria-label="Mainline status" aria-live="polite">
      {label ? <p class="kc-banner__label">{label}</p> : null}
      <p class="kc-banner__line">
        <MainlineSentence status={status} now={now} />
        {status.state === 'merged' && status.match ? ` (${HOW_SHORT[status.match]})` : ''}
      </p>
      {status.state === 'merged' && commit && commit.sha !== status.subject ? (
        <p class="kc-banner__detail">
          As commit {commit.sha.slice(0, 12)}
          {commit.subject ? ` “${commit.subject}”` : ''}.
        </p>
      ) : null}
      {status.lastKnown ? (
        <p class="kc-banner__detail">
          Last known: <MainlineSentence status={status.lastKnown} now={now} />
        </p>
      ) : null}
      <EvidenceLinks links={status.evidence} />
    </section>
  );
}
