import type { AnswerCache, CachePolicy } from '../cache/answer-cache';
import type { MarkupParser } from '../dom/parse-markup';
import type { HttpClient } from '../net/http-client';
import type { ArticleIndex } from '../news/article-index';
import { searchQueriesFor, topicFor } from '../news/queries';
import { rankLaterNews } from '../news/rank';
import { fetchPhoronixRss, fetchPhoronixSearch, fetchPhoronixTopic } from '../sources/phoronix';
import type { Answer, LaterNewsAnswer, NewsArticle, NewsSubject } from '../types';
import { isArticleList } from './cached-shapes';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/** Phoronix publishes all day: listings are asked again after 6 hours, and served stale for a month offline. */
export const LISTING_POLICY: CachePolicy = { ttlMs: 6 * HOUR, staleMs: 30 * DAY };

/** More than this many later articles would never be read; the panel shows five, then "more". */
const MAX_ARTICLES = 30;

export interface NewsServices {
  cache: AnswerCache;
  http: HttpClient;
  index: () => Promise<ArticleIndex>;
  parse: MarkupParser;
  now?: () => number;
}

interface Listing {
  key: string;
  load: () => Promise<NewsArticle[]>;
}

/** Where candidates come from: Phoronix search for the subject's terms, its topic page, the RSS feed. */
function listingsFor(services: NewsServices, subject: NewsSubject, now: () => number): Listing[] {
  const { http, parse } = services;
  const listings: Listing[] = searchQueriesFor(subject).map((terms) => ({
    key: `news:search:${terms.toLowerCase()}`,
    load: () => fetchPhoronixSearch(http, terms, parse, now()),
  }));
  const topic = topicFor(subject);
  if (topic) listings.push({ key: `news:topic:${topic.toLowerCase()}`, load: () => fetchPhoronixTopic(http, topic, parse, now()) });
  listings.push({ key: 'news:rss', load: () => fetchPhoronixRss(http, parse, now()) });
  return listings;
}

/**
 * Later articles on the subject's topic: Phoronix's search, topic page and feed (each
 * cached), together with every article seen before (the local index), ranked. With
 * Phoronix unreachable the index still answers, and the answer says Phoronix is unavailable.
 */
export async function resolveLaterNews(services: NewsServices, subject: NewsSubject, { refresh = false } = {}): Promise<LaterNewsAnswer> {
  const now = services.now ?? (() => Date.now());
  const listings = listingsFor(services, subject, now);
  const answers: Answer<NewsArticle[]>[] = await Promise.all(listings.map(({ key, load }) => services.cache.resolve(key, load, LISTING_POLICY, { refresh, valid: isArticleList })));
  const fetched = answers.flatMap((answer) => answer.value ?? []);
  const index = await services.index().catch(() => undefined);
  const fresh = answers.filter((answer) => answer.from === 'network').flatMap((answer) => answer.value ?? []);
  if (index && fresh.length > 0) await index.add(fresh).catch(() => undefined);
  const known = index ? await index.all().catch(() => []) : [];
  const ranked = rankLaterNews(subject, [...fetched, ...known], { now: now() }).slice(0, MAX_ARTICLES);

  const answered = answers.filter((answer) => answer.value !== undefined);
  // Unavailable when no listing answered this time: with nothing cached, or on a refresh that
  // failed everywhere (each listing then keeps its last value beside the failure, shown as seen before).
  const failure = answers.every((answer) => answer.failure) ? answers.find((answer) => answer.failure)?.failure : undefined;
  const checked = answered.map((answer) => answer.fetchedAt).filter((at): at is number => at !== undefined);
  return {
    subject: subject.url,
    state: failure ? 'unavailable' : ranked.length > 0 ? 'found' : 'none',
    articles: ranked,
    ...(checked.length > 0 ? { checkedAt: Math.min(...checked) } : {}),
    ...(failure ? { failure } : {}),
  };
}

/**
 * For a listing's teasers, how many later articles on the same story the index already
 * holds: no network, so a listing page is marked at once and offline.
 */
export async function knownDevelopments(
  index: ArticleIndex,
  teasers: readonly { url: string; title: string; date?: string; publishedAt?: string }[],
  now: number,
): Promise<{ url: string; count: number }[]> {
  const known = await index.all();
  if (known.length === 0) return [];
  return teasers.flatMap((teaser) => {
    const publishedAt = teaser.publishedAt ?? (teaser.date ? `${teaser.date}T23:59:59.000Z` : undefined);
    if (!publishedAt) return [];
    const subject: NewsSubject = { url: teaser.url, title: teaser.title, publishedAt, keyTerms: [], mentions: { versions: [], paths: [], trees: [] } };
    const count = rankLaterNews(subject, known, { now }).length;
    return count > 0 ? [{ url: teaser.url, count }] : [];
  });
}
