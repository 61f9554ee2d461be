import type { Failure, MainlineMatch, MainlineStatus } from '@/utils/types';
import { relativeAge } from '@/utils/time/relative-age';
import { DateText } from './DateText';
import { EvidenceLinks } from './EvidenceLinks';
import { describeFailure, FAILURE_WORDS } from './StatusPanel';

const short = (sha: string) => sha.slice(0, 12);

/** How the subject was tied to the mainline commit — always said, so a reader can weigh it. */
const HOW: Record<MainlineMatch, string> = {
  sha: 'Verified in git: this very commit is an ancestor of the tag.',
  upstream: 'A stable backport; its upstream commit is verified in git.',
  'pr-tracker-bot': "pr-tracker-bot's reply names the merge; the merge is verified in git.",
  'merge-tag': "Found as Linus's merge of the pull request's tag; verified in git.",
  link: "Found by the mainline commit's Link: trailer naming this message; verified in git.",
  'subject-author': 'Matched by subject and author (not by id); the match is verified in git.',
  path: 'The oldest commit in Linus\'s tree touching this path; verified in git.',
};

export function subjectTitle(status: Pick<MainlineStatus, 'kind' | 'subject'>): string {
  switch (status.kind) {
    case 'commit':
      return `Commit ${short(status.subject)}`;
    case 'path':
      return `Code under ${status.subject}`;
    case 'pull':
      return 'This pull request';
    case 'msgid':
      return `Message <${status.subject.length > 60 ? `${status.subject.slice(0, 57)}…` : status.subject}>`;
  }
}

/** Why it failed, and until when asking again is pointless, as a `<time>`. */
function FailureWords({ failure }: { failure: Failure }) {
  if (failure.retryAt === undefined) return <>{describeFailure(failure)}</>;
  const until = new Date(failure.retryAt);
  return (
    <>
      {FAILURE_WORDS[failure.reason]} until{' '}
      <time dateTime={until.toISOString()}>{until.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}</time> ({failure.detail})
    </>
  );
}

/** One sentence: where the subject stands in mainline. */
export function MainlineSentence({ status, now }: { status: MainlineStatus; now: number }) {
  const checked = status.checkedAt !== undefined ? ` (checked ${relativeAge(status.checkedAt, now)})` : '';
  switch (status.state) {
    case 'merged': {
      const commit = status.commit;
      const when = commit?.committedOn ? (
        <>
          , {commit.isMerge ? 'merged' : 'committed'} <DateText date={commit.committedOn} />
        </>
      ) : null;
      if (status.untagged || !status.release) {
        return <>In Linus's tree, after the newest tag known: not in a release yet{when}{checked}.</>;
      }
      return (
        <>
          In mainline since Linux {status.release} (first tag {status.tag}
          {when})
          {status.releasedOn ? (
            <>
              ; Linux {status.release} was released <DateText date={status.releasedOn} />
            </>
          ) : (
            <>; Linux {status.release} is not released yet</>
          )}
          .
        </>
      );
    }
    case 'not-merged':
      return (
        <>
          Not in mainline{checked}. {status.reason}
        </>
      );
    case 'unknown':
      return (
        <>
          Unknown{checked}: {status.reason}
        </>
      );
    case 'unavailable':
      return <>Mainline status unavailable: {status.failure ? <FailureWords failure={status.failure} /> : 'no answer'}.</>;
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
          As commit {short(commit.sha)}
          {commit.subject ? ` “${commit.subject}”` : ''}.
        </p>
      ) : null}
      {status.state === 'merged' && status.match ? <p class="kc-card__source">{HOW[status.match]}</p> : null}
      {status.lastKnown ? (
        <p class="kc-card__then">
          Last known: <MainlineSentence status={status.lastKnown} now={now} />
        </p>
      ) : null}
      <EvidenceLinks links={status.evidence} />
    </div>
  );
}
