/**
 * Every CSS selector the Phoronix parsers use.
 *
 * Two layouts share most of their markup:
 * - old: PHXCMS-10/11 (2015–2021), `scan.php?page=…` links, the article title in `<header>`;
 * - current: the `/news/` layout (2022+), root-relative links, the title in `<h1>`.
 */

/** Article and review pages (both layouts: `#main article.full`). */
export const ARTICLE = {
  root: 'article.full',
  /** Tried in order among the root's children: current layout `h1`, old layout `header`. */
  titles: ['h1', 'header'],
  byline: 'div.author',
  body: 'div.content',
  bodyLinks: 'a[href]',
  /** Author, category and comments links, told apart by the word before them. */
  bylineLinks: 'a',
  /** The review pager in `div.foot` (empty on news items). */
  pagerLinks: 'div.pagination a[href]',
  canonical: 'link[rel="canonical"][href]',
} as const;

/**
 * Inside the body, never text or links of the article itself (both layouts): related and
 * popular boxes, the share bar, comments, author box, navigation, sidebars, ads.
 */
export const BODY_EXCLUDED = [
  'div.article-box',
  '#sharebar',
  '#about-author',
  '.comments-label',
  '.foot',
  '.pagination',
  '#sidebar',
  'aside',
  'nav',
  'form',
  'script',
  'style',
  'noscript',
  'iframe',
  'ins',
].join(', ');

/** Listing pages: front page, topic and search results (every layout: `article` blocks in `#main`). */
export const LISTING = {
  main: '#main',
  teaser: '#main article',
  titleLink: 'header a[href]',
  summary: 'p',
  details: 'div.details',
  /** The category link, then the comments link. */
  detailLinks: 'a',
  /** The comment count inside `.details`, not the category. */
  comments: '.comments',
  /** "Copyright © 2004 - 2015 by Phoronix Media" (both layouts). */
  footer: '#footer',
} as const;
