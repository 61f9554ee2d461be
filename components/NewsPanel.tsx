import { useState } from 'preact/hooks';
import type { TimelineEvent } from '@/utils/news/timeline';
import { isEvidenceHref } from '@/utils/overlays/evidence-href';
import { isoInstant, relativeAge } from '@/utils/time/relative-age';
import type { LaterNewsAnswer } from '@/utils/types';
import { DateText } from './DateText';
import { describeFailure } from './StatusPanel';

/** How many later articles show before "more". */
export const ARTICLES_SHOWN = 5;

const KIND_WORDS: Record<TimelineEvent['kind'], string> = { release: 'Release', mainline: 'Mainline', article: 'Phoronix' };

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
  return (
    <section class="kc-news" aria-label="Since this article" data-collapsed={collapsed ? 'true' : 'false'}>
      <header class="kc-news__header">
        <button type="button" class="kc-news__toggle" aria-expanded={!collapsed} aria-controls="kc-news-body" onClick={onToggle}>
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> Since this article
        </button>
        <span class="kc-news__checked" aria-live="polite">
          <Checked answer={answer} now={now} />
        </span>
        <button type="button" class="kc-news__refresh" onClick={onRefresh} disabled={refreshing}>
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>
      <div class="kc-news__body" id="kc-news-body" hidden={collapsed}>
        {answer?.failure ? (
          <p class="kc-news__failure">
            Later news is unavailable: Phoronix could not be asked ({describeFailure(answer.failure)})
            {answer.articles.length > 0 ? '; showing articles seen before.' : '.'}
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
          <p class="kc-news__empty">{answer ? 'Nothing known to have happened since, yet.' : 'Looking for what happened since…'}</p>
        )}
        {hidden > 0 ? (
          <button type="button" class="kc-news__more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Fewer articles' : `${hidden} more ${hidden === 1 ? 'article' : 'articles'}`}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function EventRow({ event }: { event: TimelineEvent }) {
  return (
    <>
      <DateText date={event.date} /> <span class="kc-news__kind">{KIND_WORDS[event.kind]}</span> <span class="kc-news__text">{event.text}</span>
    </>
  );
}

function Checked({ answer, now }: { answer: LaterNewsAnswer | undefined; now: number }) {
  if (!answer) return <>checking Phoronix…</>;
  if (answer.checkedAt === undefined) return <>not checked</>;
  return (
    <>
      checked <time dateTime={isoInstant(answer.checkedAt)}>{relativeAge(answer.checkedAt, now)}</time>
    </>
  );
}
