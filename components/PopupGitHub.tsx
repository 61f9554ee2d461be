import type { RateLimitState } from '@/utils/types';
import { tx } from '@/utils/i18n/rich';
import { t } from '@/utils/i18n/t';
import { isoInstant } from '@/utils/time/relative-age';

/** The section's heading: a name, the same in every language. */
const HEADING = 'GitHub';

export interface PopupGitHubProps {
  rateLimits: RateLimitState[];
  /** Whether a personal access token is stored; undefined until read. */
  tokenSet: boolean | undefined;
  onOpenOptions: () => void;
  now: number;
}

/** GitHub's rate limit as last seen, whether a token is set, and the way to the options. */
export function PopupGitHub({ rateLimits, tokenSet, onOpenOptions, now }: PopupGitHubProps) {
  return (
    <section class="kc-popup__section" aria-labelledby="kc-popup-github">
      <h2 id="kc-popup-github">{HEADING}</h2>
      <RateLimitSummary rateLimits={rateLimits} now={now} />
      {tokenSet === undefined ? null : <p data-testid="token-state">{tokenSet ? t('popup_token_set') : t('popup_no_token')}</p>}
      <div class="kc-popup__actions">
        <button type="button" onClick={onOpenOptions}>
          {t('popup_options')}
        </button>
      </div>
    </section>
  );
}

function RateLimitSummary({ rateLimits, now }: { rateLimits: RateLimitState[]; now: number }) {
  const core = rateLimits.find((state) => state.resource === 'core');
  if (!core || core.remaining === undefined) return <p data-testid="rate-limit">{t('popup_no_requests')}</p>;
  const { limit } = core;
  const reset = core.resetAt !== undefined ? <Clock at={core.resetAt} /> : null;
  if (reset && core.resetAt! <= now) {
    // The count GitHub last gave has expired: the next request starts a fresh hour.
    return <p data-testid="rate-limit">{limit !== undefined ? tx('popup_renewed', limit, reset) : tx('popup_renewed_full', reset)}</p>;
  }
  if (core.remaining === 0 && reset) {
    return (
      <p data-testid="rate-limit" class="kc-popup__warning-text">
        {tx('popup_rate_limited', reset, limit !== undefined ? t('popup_requests_left_of', 0, limit) : t('popup_requests_left', 0))}
      </p>
    );
  }
  const { remaining } = core;
  return (
    <p data-testid="rate-limit">
      {reset
        ? limit !== undefined
          ? tx('popup_requests_left_of_resets', remaining, limit, reset)
          : tx('popup_requests_left_resets', remaining, reset)
        : limit !== undefined
          ? t('popup_requests_left_of', remaining, limit)
          : t('popup_requests_left', remaining)}
    </p>
  );
}

/** A time of day, "14:05", as a `<time>`. */
function Clock({ at }: { at: number }) {
  return <time dateTime={isoInstant(at)}>{new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}</time>;
}
