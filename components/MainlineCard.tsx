import type { ComponentChildren } from 'preact';
import type { Failure, MainlineMatch, MainlineStatus } from '@/utils/types';
import { relativeAge } from '@/utils/time/relative-age';
import { t } from '@/utils/i18n/t';
import { tx } from '@/utils/i18n/rich';
import { DateText } from './DateText';
import { EvidenceLinks } from './EvidenceLinks';
import { describeFailure, FAILURE_WORDS, retryTime } from './StatusPanel';

const short = (sha: string) => sha.slice(0, 12);

/** How the subject was tied to the mainline commit — always said, so a reader can weigh it. */
const HOW = {
  sha: 'mainline_how_sha',
  upstream: 'mainline_how_upstream',
  'pr-tracker-bot': 'mainline_how_pr_tracker_bot',
  'merge-tag': 'mainline_how_merge_tag',
  link: 'mainline_how_link',
  'subject-author': 'mainline_how_subject_author',
  path: 'mainline_how_path',
} as const satisfies Record<MainlineMatch, string>;

/** A message id as a title shows it: at most 60 characters. */
export function shortMsgid(msgid: string): string {
  return msgid.length > 60 ? `${msgid.slice(0, 57)}…` : msgid;
}

export function subjectTitle(status: Pick<MainlineStatus, 'kind' | 'subject'>): string {
  switch (status.kind) {
    case 'commit':
      return t('mainline_subject_commit', short(status.subject));
    case 'path':
      return t('mainline_subject_path', status.subject);
    case 'pull':
      return t('mainline_subject_pull');
    case 'msgid':
      return t('mainline_subject_msgid', shortMsgid(status.subject));
  }
}

/** Why it failed, and until when asking again is pointless, as a `<time>`. */
function FailureWords({ failure }: { failure: Failure }) {
  if (failure.retryAt === undefined) return <>{describeFailure(failure)}</>;
  const until = new Date(failure.retryAt);
  return <>{tx('failure_until', FAILURE_WORDS[failure.reason], <time dateTime={until.toISOString()}>{retryTime(failure.retryAt)}</time>, failure.detail)}</>;
}

/** "As commit 8aebac82933f “rust: add …”." */
export function AsCommit({ commit }: { commit: NonNullable<MainlineStatus['commit']> }) {
  return <>{commit.subject ? t('mainline_as_commit_subject', short(commit.sha), commit.subject) : t('mainline_as_commit', short(commit.sha))}</>;
}

/** One sentence: where the subject stands in mainline. */
export function MainlineSentence({ status, now }: { status: MainlineStatus; now: number }) {
  const checked = status.checkedAt !== undefined ? relativeAge(status.checkedAt, now) : undefined;
  switch (status.state) {
    case 'merged': {
      const commit = status.commit;
      const committed = commit?.committedOn ? <DateText date={commit.committedOn} /> : undefined;
      if (status.untagged || !status.release) {
        const when: ComponentChildren = committed ? tx(commit?.isMerge ? 'mainline_when_merged' : 'mainline_when_committed', committed) : '';
        return <>{checked !== undefined ? tx('mainline_untagged_checked', when, checked) : tx('mainline_untagged', when)}</>;
      }
      const tag = status.tag ?? '';
      const firstTag = committed ? tx(commit?.isMerge ? 'mainline_first_tag_merged' : 'mainline_first_tag_committed', tag, committed) : t('mainline_first_tag', tag);
      return (
        <>
          {status.releasedOn
            ? tx('mainline_merged_released', status.release, firstTag, <DateText date={status.releasedOn} />)
            : tx('mainline_merged_unreleased', status.release, firstTag)}
        </>
      );
    }
    case 'not-merged':
      return <>{checked !== undefined ? t('mainline_not_merged_checked', checked, status.reason ?? '') : t('mainline_not_merged', status.reason ?? '')}</>;
    case 'unknown':
      return <>{checked !== undefined ? t('mainline_unknown_checked', checked, status.reason ?? '') : t('mainline_unknown', status.reason ?? '')}</>;
    case 'unavailable':
      return <>{status.failure ? tx('mainline_unavailable', <FailureWords failure={status.failure} />) : t('mainline_unavailable_no_answer')}</>;
  }
}

/** Everything known about one subject's way into mainline, with its evidence. */
export function MainlineCard({ status, now }: { status: MainlineStatus; now: number }) {
  const commit = status.commit;
  return (
    <div class="kc-card__body">
      <p class="kc-card__title">{subjectTitle(status)}</p>
      <p>
        <MainlineSentence status={status} now={now} />
      </p>
      {status.state === 'merged' && commit && commit.sha !== status.subject ? (
        <p>
          <AsCommit commit={commit} />
        </p>
      ) : null}
      {status.state === 'merged' && status.match ? <p class="kc-card__source">{t(HOW[status.match])}</p> : null}
      {status.lastKnown ? (
        <p class="kc-card__then">{tx('mainline_last_known', <MainlineSentence status={status.lastKnown} now={now} />)}</p>
      ) : null}
      <EvidenceLinks links={status.evidence} />
    </div>
  );
}
