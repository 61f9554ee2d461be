import type { NewsArticle, Page } from '../types';

/** The Phoronix articles a page shows — itself, or a listing's teasers — for the local index. */
export function seenArticles(page: Page, now: number): NewsArticle[] {
  if (page.kind === 'phoronix-article' || page.kind === 'phoronix-review') {
    if (!page.title) return [];
    return [
      {
        url: page.canonicalUrl,
        title: page.title.slice(0, 300),
        ...(page.publishedAt ? { publishedAt: page.publishedAt, date: page.publishedAt.slice(0, 10) } : {}),
        ...(page.category ? { category: page.category.slice(0, 80) } : {}),
        summary: page.bodyText.replace(/\s+/g, ' ').trim().slice(0, 300),
        seenIn: 'article',
        seenAt: now,
      },
    ];
  }
  if (page.kind !== 'phoronix-listing') return [];
  const seenIn = page.listing === 'front' ? 'listing' : page.listing;
  return page.teasers.slice(0, 200).map((teaser) => ({
    url: teaser.canonicalUrl,
    title: teaser.title.slice(0, 300),
    ...(teaser.publishedAt ? { publishedAt: teaser.publishedAt } : {}),
    ...(teaser.date ? { date: teaser.date } : {}),
    ...(teaser.summary ? { summary: teaser.summary.slice(0, 1_000) } : {}),
    ...(teaser.category ? { category: teaser.category.slice(0, 80) } : {}),
    seenIn,
    seenAt: now,
  }));
}
