import type { CacheStats } from '@/utils/types';
import { tx } from '@/utils/i18n/rich';
import { t } from '@/utils/i18n/t';
import { isoInstant, relativeAge } from '@/utils/time/relative-age';
import { numberFormat } from '@/utils/i18n/formats';

export interface PopupCacheProps {
  cache: CacheStats | undefined;
  now: number;
  /** Absent when no page on the current tab is read: there is nothing to refresh. */
  onRefreshPage?: () => void;
  /** True while the page is being refreshed. */
  refreshing?: boolean;
  onClearCache: () => void;
}

/** The answer cache: how much, how old, and the two ways past it. */
export function PopupCache({ cache, now, onRefreshPage, refreshing = false, onClearCache }: PopupCacheProps) {
  return (
    <section class="kc-popup__section" aria-labelledby="kc-popup-cache">
      <h2 id="kc-popup-cache">{t('popup_cache_heading')}</h2>
      <CacheSummary cache={cache} now={now} />
      <div class="kc-popup__actions">
        {onRefreshPage ? (
          // aria-disabled rather than disabled: the button keeps the keyboard focus while it works.
          <button type="button" onClick={() => refreshing || onRefreshPage()} aria-disabled={refreshing} aria-describedby="kc-popup-refresh-hint">
            {t('popup_refresh_page')}
          </button>
        ) : null}
        <button type="button" onClick={onClearCache}>
          {t('popup_clear_cache')}
        </button>
      </div>
      {onRefreshPage ? (
        <p id="kc-popup-refresh-hint" class="kc-popup__hint">
          {t('popup_refresh_hint')}
        </p>
      ) : null}
    </section>
  );
}

function CacheSummary({ cache, now }: { cache: CacheStats | undefined; now: number }) {
  if (!cache) return <p>{t('popup_cache_reading')}</p>;
  const one = cache.entries === 1;
  const size = formatBytes(cache.bytes);
  return (
    <>
      <p data-testid="cache-summary">
        {cache.oldestFetchedAt === undefined
          ? t(one ? 'popup_cache_summary_one' : 'popup_cache_summary_many', cache.entries, size)
          : tx(
              one ? 'popup_cache_summary_oldest_one' : 'popup_cache_summary_oldest_many',
              cache.entries,
              size,
              <time dateTime={isoInstant(cache.oldestFetchedAt)}>{relativeAge(cache.oldestFetchedAt, now)}</time>,
            )}
      </p>
      {cache.persistent ? null : (
        <p role="status">{cache.notPersistentReason ? t('popup_not_persistent_because', cache.notPersistentReason) : t('popup_not_persistent')}</p>
      )}
    </>
  );
}

/** "12 kB": the units are symbols, the same in every language. */
function formatBytes(bytes: number): string {
  const format = numberFormat(undefined, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} kB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}
