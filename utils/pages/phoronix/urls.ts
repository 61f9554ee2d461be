/** Recognising and normalising www.phoronix.com URLs, old `scan.php` forms included. */

export const PHORONIX_ORIGIN = 'https://www.phoronix.com';

const HOSTS = new Set(['www.phoronix.com', 'phoronix.com']);

export type PhoronixPlace =
  | { kind: 'article'; slug: string; canonicalUrl: string }
  | { kind: 'review'; slug: string; canonicalUrl: string; pageNumber: number }
  | { kind: 'listing'; listing: 'front' | 'topic' | 'search'; topic?: string };

/** What a Phoronix URL addresses, or null for other hosts and other Phoronix pages. */
export function classifyPhoronixUrl(url: URL): PhoronixPlace | null {
  if (!isPhoronix(url)) return null;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const [first, second, third, ...rest] = segments;
  if (first === undefined || (first === 'scan.php' && second === undefined)) return fromScanQuery(url.searchParams);
  if (rest.length > 0 || second === undefined) return null;
  if (first === 'news' && third === undefined) return article(decodeSegment(second, false));
  if (first === 'review') return review(decodeSegment(second, false), third === undefined ? '1' : third);
  if (third !== undefined) return null;
  if (first === 'linux') return listing('topic', decodeSegment(second, true));
  if (first === 'search') return listing('search', decodeSegment(second, true));
  return null;
}

/**
 * The one key for every URL form of a Phoronix article or review (`https://www.phoronix.com/news/<Slug>`,
 * `/review/<slug>`), or null when `href` does not link to one.
 */
export function canonicalPhoronixUrl(href: string, base?: string | URL): string | null {
  const url = parseUrl(href, base);
  if (url === null) return null;
  const place = classifyPhoronixUrl(url);
  if (place?.kind === 'article' || place?.kind === 'review') return place.canonicalUrl;
  // Old featured-article links (2015–2021) go through this redirector; its target slug is not in the link.
  const view = url.searchParams.get('view');
  if (isPhoronix(url) && url.pathname === '/vr.php' && view !== null && /^\d+$/.test(view)) return `${PHORONIX_ORIGIN}/vr.php?view=${view}`;
  return null;
}

/** An absolute URL from a possibly relative href, or null. */
export function parseUrl(href: string, base?: string | URL): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

function isPhoronix(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && HOSTS.has(url.hostname);
}

/** `/scan.php?page=…` and `/?page=…` (what the 2015–2021 front pages' relative `?page=` links resolve to). */
function fromScanQuery(query: URLSearchParams): PhoronixPlace | null {
  const param = (name: string): string | null => query.get(name) ?? query.get(`amp;${name}`); // double-escaped `&amp;amp;`
  const page = param('page');
  if (page === null || page === 'home') return listing('front');
  if (page === 'news_item') return article(param('px') ?? '');
  if (page === 'article') return review(param('item') ?? '', param('num') ?? '1');
  if (page === 'news_topic') return listing('topic', param('q') ?? '');
  return null;
}

function article(slug: string): PhoronixPlace | null {
  if (!isSlug(slug)) return null;
  return { kind: 'article', slug, canonicalUrl: `${PHORONIX_ORIGIN}/news/${encodeURIComponent(slug)}` };
}

function review(slug: string, page: string): PhoronixPlace | null {
  const pageNumber = /^\d{1,4}$/.test(page) ? Number(page) : 0;
  if (!isSlug(slug) || pageNumber < 1) return null;
  return { kind: 'review', slug, canonicalUrl: `${PHORONIX_ORIGIN}/review/${encodeURIComponent(slug)}`, pageNumber };
}

function listing(kind: 'front' | 'topic' | 'search', topic?: string): PhoronixPlace | null {
  if (kind === 'front') return { kind: 'listing', listing: kind };
  const text = (topic ?? '').trim();
  return text === '' ? null : { kind: 'listing', listing: kind, topic: text };
}

function isSlug(slug: string): boolean {
  return slug !== '' && !/[\s/?#]/.test(slug);
}

/** A path segment as text; topic and search paths write spaces as `+` (`/linux/Linux+Kernel`). */
function decodeSegment(segment: string, plusIsSpace: boolean): string {
  const spaced = plusIsSpace ? segment.replace(/\+/g, ' ') : segment;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
