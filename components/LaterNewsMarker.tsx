import { t } from '@/utils/i18n/t';

/** After a listing's teaser: later articles on its story are known (open it to see them). */
export function LaterNewsMarker({ count }: { count: number }) {
  const words = t(count === 1 ? 'news_marker_words_one' : 'news_marker_words_many', count);
  return (
    <span class="kc-badge" data-state="stable">
      <span class="kc-badge__button" role="note" aria-label={t('news_marker_aria', words)} title={words}>
        {t('news_marker_label', count)}
      </span>
    </span>
  );
}
