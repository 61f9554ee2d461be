import type { Answer, CurrentReleases, Failure } from '@/utils/types';
import { FoundSummary, type MentionCounts } from './FoundSummary';
import { isoInstant, relativeAge } from '@/utils/time/relative-age';

export interface StatusPanelProps {
  /** The kernel.org release list, or undefined while it is being asked for. */
  releases: Answer<CurrentReleases> | undefined;
  /** What was found on the page, per kind; undefined while the page is being read. */
  found?: MentionCounts;
  /** How many release badges are shown on the page. */
  releaseBadges?: number;
  /** How many mainline badges and banners are shown on the page. */
  mainlineBadges?: number;
  now: number;
}

/**
 * The panel Kernel Context shows on a page it recognises. Until a page's mentions are
 * annotated it says so plainly, and reports the state of the data it will draw on.
 */
export function StatusPanel({ releases, found, releaseBadges = 0, mainlineBadges = 0, now }: StatusPanelProps) {
  const shown = [
    releaseBadges > 0 ? `release status beside ${releaseBadges} kernel ${releaseBadges === 1 ? 'version' : 'versions'}` : '',
    mainlineBadges > 0 ? `mainline status for ${mainlineBadges} ${mainlineBadges === 1 ? 'commit, message or path' : 'commits, messages or paths'}` : '',
  ].filter(Boolean);
  return (
    <section class="kc-panel" aria-label="Kernel Context">
      <header class="kc-panel__title">Kernel Context</header>
      <p class="kc-panel__empty" aria-live="polite">
        {shown.length > 0
          ? `Showing ${shown.join(' and ')} (hover or focus a badge for details).`
          : 'Nothing on this page is annotated yet.'}
      </p>
      <p class="kc-panel__found">
        <FoundSummary counts={found} />
      </p>
      <p class="kc-panel__source" aria-live="polite">
        <ReleaseDataState releases={releases} now={now} />
      </p>
    </section>
  );
}

function ReleaseDataState({ releases, now }: StatusPanelProps) {
  if (!releases) return <>Checking kernel.org's release list…</>;
  const { value, fetchedAt, failure } = releases;
  return (
    <>
      {value && fetchedAt !== undefined ? (
        <span data-kc-state="available">
          kernel.org release list ({value.releases.length} releases) checked{' '}
          <time dateTime={isoInstant(fetchedAt)}>{relativeAge(fetchedAt, now)}</time>
        </span>
      ) : null}
      {failure ? <FailureNote failure={failure} hasValue={value !== undefined} /> : null}
    </>
  );
}

function FailureNote({ failure, hasValue }: { failure: Failure; hasValue: boolean }) {
  return (
    <span class="kc-panel__failure" data-kc-state="unavailable">
      {hasValue ? ' — refresh failed: ' : 'kernel.org release list unavailable: '}
      {describeFailure(failure)}
    </span>
  );
}

export const FAILURE_WORDS: Record<Failure['reason'], string> = {
  offline: 'you are offline',
  timeout: 'the server did not answer in time',
  network: 'the server could not be reached',
  'http-error': 'the server answered with an error',
  'rate-limited': 'rate-limited',
  'bot-wall': "kernel.org's anti-bot check blocked the request",
  'bad-response': 'the answer was not understood',
  'host-not-allowed': 'not a host Kernel Context contacts',
};

export function describeFailure(failure: Failure): string {
  const words = FAILURE_WORDS[failure.reason];
  if (failure.retryAt === undefined) return `${words} (${failure.detail})`;
  const until = new Date(failure.retryAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${words} until ${until} (${failure.detail})`;
}
