/** Page parsers for www.phoronix.com: `(URL, Document) → Page`, browser-free. */
import type { PhoronixArticlePage, PhoronixListingPage } from '../../types';
import { parsePhoronixArticle } from './article';
import { parsePhoronixListing } from './listing';
import { classifyPhoronixUrl } from './urls';

export { parsePhoronixArticle } from './article';
export { parsePhoronixListing } from './listing';
export { parsePhoronixPublishedAt } from './published-at';
export { canonicalPhoronixUrl, classifyPhoronixUrl } from './urls';

export function parsePhoronixPage(url: URL, doc: Document): PhoronixArticlePage | PhoronixListingPage | null {
  const place = classifyPhoronixUrl(url);
  if (place === null) return null;
  return place.kind === 'listing' ? parsePhoronixListing(url, doc) : parsePhoronixArticle(url, doc);
}
