/** What a Phoronix article is about, as the content script can tell without the ranking code. */
import type { Mention, NewsSubject, PhoronixArticlePage } from '../types';

/** Most mentions of each kind (versions, paths, trees) kept for a subject. */
export const MAX_MENTIONS_PER_KIND = 20;
/** The body text sent for key terms: plenty for any news item, bounded for a long review. */
export const MAX_BODY_FOR_TERMS = 20_000;

/**
 * `page`'s subject without its key terms — the background reads those from the body (the
 * ranking's word lists stay out of the content script): canonical URL, title, publication
 * instant and category, and the versions, paths and trees its mentions name (≤ 20 of each,
 * in order of appearance, without repeats).
 */
export function pageSubject(page: PhoronixArticlePage, mentions: readonly Mention[]): NewsSubject {
  const versions = new Set<string>();
  const paths = new Set<string>();
  const trees = new Set<string>();
  for (const mention of mentions) {
    if (mention.kind === 'version') addCapped(versions, mention.version.trim());
    else if (mention.kind === 'path') addCapped(paths, mention.path.trim());
    else if (mention.kind === 'tree') addCapped(trees, mention.tree.trim().toLowerCase());
  }
  const subject: NewsSubject = {
    url: page.canonicalUrl,
    title: page.title.trim().slice(0, 300),
    keyTerms: [],
    mentions: { versions: [...versions], paths: [...paths], trees: [...trees] },
  };
  if (page.publishedAt !== undefined) subject.publishedAt = page.publishedAt;
  const category = page.category?.trim().slice(0, 80);
  if (category !== undefined && category !== '') subject.category = category;
  return subject;
}

function addCapped(set: Set<string>, value: string): void {
  if (value !== '' && set.size < MAX_MENTIONS_PER_KIND) set.add(value);
}
