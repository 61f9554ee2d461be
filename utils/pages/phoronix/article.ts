/** Phoronix article and review pages, old (2015–2021) and current (2022+) layouts. */
import type { PhoronixArticlePage } from '../../types';
import { bodyLinks, bodyText } from './body';
import { parsePhoronixPublishedAt } from './published-at';
import { ARTICLE } from './selectors';
import { squash } from './text';
import { classifyPhoronixUrl, parseUrl, type PhoronixPlace } from './urls';

export function parsePhoronixArticle(url: URL, doc: Document): PhoronixArticlePage | null {
  const place = classifyPhoronixUrl(url);
  if (place === null || place.kind === 'listing') return null;
  const root = doc.querySelector(ARTICLE.root);
  const title = root === null ? '' : readTitle(root);
  if (root === null || title === '') return null;

  const byline = root.querySelector(ARTICLE.byline);
  const bylineText = squash(byline?.textContent);
  const body = root.querySelector(ARTICLE.body) ?? undefined;
  // The 2022 front page also has an `article.full` (its heading): an article has a byline or a body.
  if (byline === null && body === undefined) return null;
  const page: PhoronixArticlePage = {
    kind: place.kind === 'review' ? 'phoronix-review' : 'phoronix-article',
    url: url.href,
    canonicalUrl: canonicalOf(doc, url) ?? place.canonicalUrl,
    title,
    bodyText: body === undefined ? '' : bodyText(body),
    links: body === undefined ? [] : bodyLinks(body, url),
  };
  const author = byline === null ? undefined : bylineLink(byline, 'by');
  const category = byline === null ? undefined : bylineLink(byline, 'in');
  const publishedAt = parsePhoronixPublishedAt(bylineText);
  if (author !== undefined) page.author = author;
  if (category !== undefined) page.category = category;
  if (publishedAt !== undefined) page.publishedAt = publishedAt;
  if (body !== undefined) page.body = body;
  if (place.kind === 'review') {
    page.pageNumber = place.pageNumber;
    const pageCount = reviewPageCount(root, url, place, bylineText);
    if (pageCount !== undefined) page.pageCount = pageCount;
  }
  return page;
}

function readTitle(root: Element): string {
  for (const tag of ARTICLE.titles) {
    const element = Array.from(root.children).find((child) => child.matches(tag));
    const text = squash(element?.textContent);
    if (text !== '') return text;
  }
  return '';
}

/** `<link rel=canonical>` when it names a Phoronix article or review (the 2019 page has none). */
function canonicalOf(doc: Document, url: URL): string | undefined {
  const href = doc.querySelector(ARTICLE.canonical)?.getAttribute('href') ?? null;
  const canonical = href === null ? null : parseUrl(href, url);
  const place = canonical === null ? null : classifyPhoronixUrl(canonical);
  return place?.kind === 'article' || place?.kind === 'review' ? place.canonicalUrl : undefined;
}

const WORD_BEFORE = { by: /\bby\s*$/i, in: /\bin\s*$/i } as const;

/** "Written by <a>Author</a> in <a>Category</a> on …": the link right after the word `by` or `in`. */
function bylineLink(byline: Element, word: keyof typeof WORD_BEFORE): string | undefined {
  for (const anchor of Array.from(byline.querySelectorAll(ARTICLE.bylineLinks))) {
    if (WORD_BEFORE[word].test(anchor.previousSibling?.nodeValue ?? '')) return squash(anchor.textContent) || undefined;
  }
  return undefined;
}

/**
 * The highest page the review pager links to (`/review/<slug>/N` or `&num=N`), or the byline's
 * "Page N of M". Unknown when neither is on the page.
 */
function reviewPageCount(root: Element, url: URL, place: Extract<PhoronixPlace, { kind: 'review' }>, bylineText: string): number | undefined {
  let highest = 0;
  for (const anchor of Array.from(root.querySelectorAll(ARTICLE.pagerLinks))) {
    const target = parseUrl(anchor.getAttribute('href') ?? '', url);
    const linked = target === null ? null : classifyPhoronixUrl(target);
    if (linked?.kind === 'review' && linked.canonicalUrl === place.canonicalUrl) highest = Math.max(highest, linked.pageNumber);
  }
  const stated = /\bPage\s+\d+\s+of\s+(\d{1,4})\b/i.exec(bylineText)?.[1];
  if (stated !== undefined) highest = Math.max(highest, Number(stated));
  return highest === 0 ? undefined : Math.max(highest, place.pageNumber);
}
