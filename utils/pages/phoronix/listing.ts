/** Phoronix listings: the front page, topic pages and search results (every layout since 2015). */
import type { PhoronixListingPage, PhoronixTeaser } from '../../types';
import { calendarDate, readPhoronixDate, utcInstant, type PhoronixDate } from './published-at';
import { frontPageYears } from './listing-years';
import { LISTING } from './selectors';
import { squash, TEXT_NODE } from './text';
import { canonicalPhoronixUrl, classifyPhoronixUrl, parseUrl } from './urls';

interface RawTeaser {
  teaser: PhoronixTeaser;
  date?: PhoronixDate;
}

export function parsePhoronixListing(url: URL, doc: Document): PhoronixListingPage | null {
  const place = classifyPhoronixUrl(url);
  if (place?.kind !== 'listing' || doc.querySelector(LISTING.main) === null) return null;
  const raw = Array.from(doc.querySelectorAll(LISTING.teaser))
    .map((element) => readTeaser(element, url))
    .filter((teaser): teaser is RawTeaser => teaser !== null);
  // Only the front page, which spans a few days, lets a yearless date borrow the page's year.
  const years = place.listing === 'front' ? frontPageYears(doc, raw.map((item) => item.date)) : [];
  const teasers = raw.map(({ teaser, date }, index) => {
    if (date === undefined) return teaser;
    const year = date.year ?? years[index];
    const day = calendarDate(date, year);
    const instant = utcInstant(date, year);
    if (day !== undefined) teaser.date = day;
    if (instant !== undefined) teaser.publishedAt = instant;
    return teaser;
  });
  const page: PhoronixListingPage = { kind: 'phoronix-listing', url: url.href, listing: place.listing, teasers };
  if (place.topic !== undefined) page.topic = place.topic;
  return page;
}

function readTeaser(element: Element, base: URL): RawTeaser | null {
  const link = element.querySelector(LISTING.titleLink);
  const href = link?.getAttribute('href') ?? null;
  const target = href === null ? null : parseUrl(href, base);
  const canonicalUrl = target === null ? null : canonicalPhoronixUrl(target.href);
  const title = squash(link?.textContent);
  if (target === null || canonicalUrl === null || title === '') return null;

  const teaser: PhoronixTeaser = { title, url: target.href, canonicalUrl };
  const summary = squash(element.querySelector(LISTING.summary)?.textContent);
  if (summary !== '') teaser.summary = summary;
  const details = element.querySelector(LISTING.details);
  if (details === null) return { teaser };
  const category = Array.from(details.querySelectorAll(LISTING.detailLinks)).find((anchor) => anchor.closest(LISTING.comments) === null);
  const categoryText = squash(category?.textContent);
  if (categoryText !== '') teaser.category = categoryText;
  const date = readPhoronixDate(leadingText(details));
  return date === undefined ? { teaser } : { teaser, date };
}

/** "15 November 08:33 PM EST - " or "4 Hours Ago - ": the text before the details' first element. */
function leadingText(details: Element): string {
  let text = '';
  for (const node of Array.from(details.childNodes)) {
    if (node.nodeType !== TEXT_NODE) break;
    text += node.nodeValue ?? '';
  }
  return text;
}
