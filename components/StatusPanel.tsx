import type { Answer, CurrentReleases, Failure } from '@/utils/types';
import { FoundSummary, type MentionCounts } from './FoundSummary';
import { isoInstant, relativeAge } from '@/utils/time/relative-age';
import { t } from '@/utils/i18n/t';
import { tx } from '@/utils/i18n/rich';

export interface StatusPanelProps {
  /** The kernel.org release list, or undefined while it is being asked for. */
  releases: Answer<CurrentReleases> | undefined;
  /** What was found on the page, per kind; undefined while the page is being read. */
  found?: MentionCounts;
  /** How many release badges are shown on the page. */
  releaseBadges?: number;
  /** How many mainline badges and banners are shown on the page. */
  mainlineBadges?: number;
  /** Release badges held back after the first ones, and how to show them. */
  moreReleaseBadges?: { count: number; showAll: () => void };
  now: number;
}

/**
 * The panel Kernel Context shows on a page it recognises. Until a page's mentions are
 * annotated it says so plainly, and reports the state of the data it will draw on.
 */
export function StatusPanel({ releases, found, releaseBadges = 0, mainlineBadges = 0, moreReleaseBadges, now }: StatusPanelProps) {
  const releaseWords = releaseBadges > 0 ? t(releaseBadges === 1 ? 'panel_release_badges_one' : 'panel_release_badges_many', releaseBadges) : '';
  const mainline = mainlineBadges > 0 ? t(mainlineBadges === 1 ? 'panel_mainline_badges_one' : 'panel_mainline_badges_many', mainlineBadges) : '';
  const title = t('panel_title');
  return (
    <section class="kc-panel" aria-label={title}>
      <header class="kc-panel__title">{title}</header>
      <p class="kc-panel__empty" aria-live="polite">
        {releaseWords && mainline
          ? t('panel_showing_two', releaseWords, mainline)
          : releaseWords || mainline
            ? t('panel_showing', releaseWords || mainline)
            : t('panel_nothing_yet')}
        {moreReleaseBadges && moreReleaseBadges.count > 0 ? (
          <>
            {' '}
            {t(moreReleaseBadges.count === 1 ? 'panel_more_release_badges_one' : 'panel_more_release_badges_many', moreReleaseBadges.count)}{' '}
            <button type="button" class="kc-panel__show-all" onClick={moreReleaseBadges.showAll}>
              {t('panel_show_all')}
            </button>
          </>
        ) : null}
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
  if (!releases) return <>{t('panel_checking_releases')}</>;
  const { value, fetchedAt, failure } = releases;
  return (
    <>
      {value && fetchedAt !== undefined ? (
        <span data-kc-state="available">
          {tx(
            value.releases.length === 1 ? 'panel_release_list_one' : 'panel_release_list',
            value.releases.length,
            <time dateTime={isoInstant(fetchedAt)}>{relativeAge(fetchedAt, now)}</time>,
          )}
        </span>
      ) : null}
      {failure ? <FailureNote failure={failure} hasValue={value !== undefined} /> : null}
    </>
  );
}

function FailureNote({ failure, hasValue }: { failure: Failure; hasValue: boolean }) {
  return (
    <span class="kc-panel__failure" data-kc-state="unavailable">
      {hasValue ? ` ${t('panel_refresh_failed', describeFailure(failure))}` : t('panel_release_list_unavailable', describeFailure(failure))}
    </span>
  );
}

/** Why a source could not be asked, in a few words (read in the reader's language on each use). */
export const FAILURE_WORDS: Readonly<Record<Failure['reason'], string>> = {
  get offline() {
    return t('failure_offline');
  },
  get timeout() {
    return t('failure_timeout');
  },
  get network() {
    return t('failure_network');
  },
  get 'http-error'() {
    return t('failure_http_error');
  },
  get 'rate-limited'() {
    return t('failure_rate_limited');
  },
  get 'bot-wall'() {
    return t('failure_bot_wall');
  },
  get 'bad-response'() {
    return t('failure_bad_response');
  },
  get 'host-not-allowed'() {
    return t('failure_host_not_allowed');
  },
};

/** The time of day asking is allowed again ("14:05"). */
export function retryTime(retryAt: number): string {
  return new Date(retryAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

export function describeFailure(failure: Failure): string {
  const words = FAILURE_WORDS[failure.reason];
  if (failure.retryAt === undefined) return t('failure_with_detail', words, failure.detail);
  return t('failure_until', words, retryTime(failure.retryAt), failure.detail);
}
