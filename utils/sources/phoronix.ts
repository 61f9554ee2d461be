/**
 * Phoronix as a news source (SOURCES.md § Phoronix; no API): its search results, its topic
 * pages and its RSS feed, fetched through the HttpClient and parsed by a `MarkupParser` (the
 * DOM where the background has one, Chrome's offscreen document otherwise). No caching here.
 */
import type { MarkupKind, MarkupParser, ParsedArticle } from '../dom/parse-markup';
import { FetchError } from '../net/fetch-error';
import type { HttpClient } from '../net/http-client';
import { PHORONIX_ORIGIN } from '../pages/phoronix/urls';
import type { NewsArticle } from '../types';

export const PHORONIX_RSS_URL = `${PHORONIX_ORIGIN}/rss.php`;

/** Search and topic paths write each word URL-encoded, words joined by `+` (`/search/Rust+Linux`). */
function plusJoined(words: string | readonly string[]): string {
  const list = (typeof words === 'string' ? [words] : words).flatMap((word) => word.split(/\s+/)).filter((word) => word !== '');
  if (list.length === 0) throw new RangeError('No words to ask Phoronix for');
  return list.map((word) => encodeURIComponent(word)).join('+');
}

/** `https://www.phoronix.com/search/<terms>`, e.g. `…/search/Rust+Linux`. */
export function phoronixSearchUrl(terms: string | readonly string[]): string {
  return `${PHORONIX_ORIGIN}/search/${plusJoined(terms)}`;
}

/** `https://www.phoronix.com/linux/<topic>`, e.g. `…/linux/Linux+Kernel`. */
export function phoronixTopicUrl(topic: string): string {
  return `${PHORONIX_ORIGIN}/linux/${plusJoined(topic)}`;
}

/** The articles Phoronix's search lists for these terms (a string is split into words), as it orders them. */
export function fetchPhoronixSearch(http: HttpClient, terms: string | readonly string[], parse: MarkupParser, now: number): Promise<NewsArticle[]> {
  return fetchArticles(http, phoronixSearchUrl(terms), 'phoronix-listing', 'search', parse, now);
}

/** The articles a Phoronix topic page (`Linux Kernel`) lists, newest first. */
export function fetchPhoronixTopic(http: HttpClient, topic: string, parse: MarkupParser, now: number): Promise<NewsArticle[]> {
  return fetchArticles(http, phoronixTopicUrl(topic), 'phoronix-listing', 'topic', parse, now);
}

/** The articles of Phoronix's RSS feed (the newest few dozen), newest first. */
export function fetchPhoronixRss(http: HttpClient, parse: MarkupParser, now: number): Promise<NewsArticle[]> {
  return fetchArticles(http, PHORONIX_RSS_URL, 'phoronix-rss', 'rss', parse, now);
}

const WHAT: Record<MarkupKind, string> = {
  'phoronix-listing': 'a Phoronix listing page',
  'phoronix-rss': "Phoronix's RSS feed",
};

async function fetchArticles(
  http: HttpClient,
  url: string,
  kind: MarkupKind,
  seenIn: 'search' | 'topic' | 'rss',
  parse: MarkupParser,
  now: number,
): Promise<NewsArticle[]> {
  const response = await http.getText({
    url,
    headers: { accept: kind === 'phoronix-rss' ? 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.8' : 'text/html' },
  });
  let items: ParsedArticle[] | null;
  try {
    items = await parse(kind, response.url, response.body);
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError('bad-response', `${new URL(url).pathname} could not be read (${error instanceof Error ? error.message : String(error)})`.slice(0, 300));
  }
  if (items === null) throw new FetchError('bad-response', `${response.url} is not ${WHAT[kind]}`, undefined, response.status);
  return items.map((item) => ({ ...item, seenIn, seenAt: now }));
}
