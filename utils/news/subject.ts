/** The subject of a later-news query: what a Phoronix article is about, small enough to store. */
import type { Mention, NewsSubject, PhoronixArticlePage } from '../types';
import { MAX_BODY_FOR_TERMS, pageSubject } from './page-subject';
import { keyTerms } from './terms';

export { MAX_MENTIONS_PER_KIND } from './page-subject';

/** Most key terms kept for a subject. */
export const MAX_KEY_TERMS = 30;

/** The subject with the body's key terms (≤ 30), as the background completes what the page sent. */
export function withKeyTerms(subject: NewsSubject, body: string | undefined): NewsSubject {
  if (subject.keyTerms.length > 0 || !body) return subject;
  return { ...subject, keyTerms: keyTerms(body.slice(0, MAX_BODY_FOR_TERMS), MAX_KEY_TERMS) };
}

/**
 * The subject of `page`'s later news: its canonical URL, title, publication instant and
 * category, the body's key terms (≤ 30) and the versions, paths and trees its mentions name
 * (≤ 20 of each, in order of appearance, without repeats).
 */
export function newsSubjectOf(page: PhoronixArticlePage, mentions: readonly Mention[]): NewsSubject {
  return withKeyTerms(pageSubject(page, mentions), page.bodyText);
}
