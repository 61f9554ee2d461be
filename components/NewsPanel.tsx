import { useState } from 'preact/hooks';
import type { TimelineEvent } from '@/utils/news/timeline';
import { isEvidenceHref } from '@/utils/overlays/evidence-href';
import { isoInstant, relativeAge } from '@/utils/time/relative-age';
import type { LaterNewsAnswer } from '@/utils/types';
import { t } from '@/utils/i18n/t';
import { tx } from '@/utils/i18n/rich';
import { DateText } from './DateText';
import { describeFailure } from './StatusPanel';

/** How many later articles show before "more". */
export const ARTICLES_SHOWN = 5;

const KIND_WORDS = { release: 'news_kind_release', mainline: 'news_kind_mainline', article: 'news_kind_article' } as const satisfies Record<TimelineEvent['kind'], string>;

export interface NewsPanelProps {
  /** Undefined while Phoronix is being asked. */
  answer: LaterNewsAnswer | undefined;
  events: readonly TimelineEvent[];
  collapsed: boolean;
  onToggle: () => void;
  onRefresh: () => void;
  refreshing?: boolean;
  now: number;
}

/**
 * "Since this article": what happened after the article was written, in date order — its
 * releases, its code reaching mainline, the later articles on its topic — each with its
 * date and evidence. Collapsible; the five most relevant articles, the rest behind "more".
 */
export function NewsPanel({ answer, events, collapsed, onToggle, onRefresh, refreshing = false, now }: NewsPanelProps) {
  const [showAll, setShowAll] = useState(false);
  const hidden = events.filter((event) => event.kind === 'article' && (event.rank ?? 0) >= ARTICLES_SHOWN).length;
  const shown = showAll ? events : events.filter((event) => event.kind !== 'article' || (event.rank ?? 0) < ARTICLES_SHOWN);
  const title = t('news_title');
  return (
    <section class="kc-news" aria-label={title} data-collapsed={collapsed ? 'true' : 'false'}>
      <header class="kc-news__header">
        <button type="button" class="kc-news__toggle" aria-expanded={!collapsed} aria-controls="kc-news-body" onClick={onToggle}>
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> {title}
        </button>
        <span class="kc-news__checked" aria-live="polite">
          <Checked answer={answer} now={now} />
        </span>
        <button type="button" class="kc-news__refresh" onClick={onRefresh} disabled={refreshing}>
          {refreshing ? t('news_refreshing') : t('news_refresh')}
        </button>
      </header>
      <div class="kc-news__body" id="kc-news-body" hidden={collapsed}>
        {answer?.failure ? (
          <p class="kc-news__failure">
            {answer.articles.length > 0 ? t('news_unavailable_seen', describeFailure(answer.failure)) : t('news_unavailable', describeFailure(answer.failure))}
          </p>
        ) : null}
        {shown.length > 0 ? (
          <ol class="kc-news__events">
            {shown.map((event) => (
              <li key={`${event.kind}|${event.date}|${event.text}`} class="kc-news__event" data-kind={event.kind}>
                {event.href && isEvidenceHref(event.href) ? (
                  // The whole row is the evidence link: date, kind and what happened.
                  <a data-kc-evidence href={event.href} target="_blank" rel="noopener noreferrer">
                    <EventRow event={event} />
                  </a>
                ) : (
                  <EventRow event={event} />
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p class="kc-news__empty">{answer ? t('news_empty') : t('news_looking')}</p>
        )}
        {hidden > 0 ? (
          <button type="button" class="kc-news__more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? t('news_fewer') : t(hidden === 1 ? 'news_more_one' : 'news_more_many', hidden)}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function EventRow({ event }: { event: TimelineEvent }) {
  return (
    <>
      <DateText date={event.date} /> <span class="kc-news__kind">{t(KIND_WORDS[event.kind])}</span> <span class="kc-news__text">{event.text}</span>
    </>
  );
}

function Checked({ answer, now }: { answer: LaterNewsAnswer | undefined; now: number }) {
  if (!answer) return <>{t('news_checking')}</>;
  if (answer.checkedAt === undefined) return <>{t('news_not_checked')}</>;
  return <>{tx('news_checked', <time dateTime={isoInstant(answer.checkedAt)}>{relativeAge(answer.checkedAt, now)}</time>)}</>;
}
