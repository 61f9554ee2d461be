/**
 * The Phoronix RSS feed (`https://www.phoronix.com/rss.php`, SOURCES.md § Phoronix): RSS 2.0,
 * each `<item>` with title, link, guid, description, pubDate (RFC 822 with a numeric offset)
 * and, since about 2025, `dc:creator` (ignored). Old feeds (2019) link `scan.php?page=news_item`.
 */
import type { NewsArticle } from '../../types';
import { squash } from './text';
import { canonicalPhoronixUrl } from './urls';

/** One feed item as a seen article, before it is stamped with where and when it was seen. */
export type PhoronixRssItem = Omit<NewsArticle, 'seenIn' | 'seenAt'>;

/**
 * The feed's items in feed order, or null when `doc` is not an RSS feed (no `<rss><channel>`,
 * or an XML parse error). Items whose link is not a Phoronix article or review are left out;
 * titles and descriptions come back as plain text.
 */
export function parsePhoronixRss(doc: Document): PhoronixRssItem[] | null {
  const root = doc.documentElement;
  if (root === null || root.localName !== 'rss' || doc.getElementsByTagName('parsererror').length > 0) return null;
  const channel = childElement(root, 'channel');
  if (channel === undefined) return null;
  const items: PhoronixRssItem[] = [];
  for (const element of Array.from(channel.children)) {
    if (element.localName !== 'item') continue;
    const item = readItem(element);
    if (item !== null) items.push(item);
  }
  return items;
}

function readItem(element: Element): PhoronixRssItem | null {
  const title = plainText(childText(element, 'title'));
  const link = childText(element, 'link') ?? childText(element, 'guid');
  const url = link === undefined ? null : canonicalPhoronixUrl(link.trim());
  if (url === null || title === '') return null;
  const item: PhoronixRssItem = { url, title };
  const published = parseRssDate(childText(element, 'pubDate') ?? '');
  if (published !== undefined) {
    item.publishedAt = published.instant;
    item.date = published.date;
  }
  const summary = plainText(childText(element, 'description'));
  if (summary !== '') item.summary = summary;
  return item;
}

/** The first child element with this local name (no namespace: `dc:creator` is not `creator`). */
function childElement(parent: Element, name: string): Element | undefined {
  return Array.from(parent.children).find((child) => child.localName === name && (child.prefix ?? null) === null);
}

function childText(parent: Element, name: string): string | undefined {
  return childElement(parent, name)?.textContent ?? undefined;
}

/**
 * Text that may carry markup (a description written as escaped HTML) as plain text: parsed as
 * an inert HTML document, never inserted anywhere, its scripts and styles dropped.
 */
export function plainText(text: string | undefined): string {
  if (text === undefined) return '';
  if (!/[<&]/.test(text)) return squash(text);
  const inert = new DOMParser().parseFromString(text, 'text/html');
  for (const element of Array.from(inert.querySelectorAll('script, style, noscript, template'))) element.remove();
  // Blocks and line breaks separate words.
  for (const element of Array.from(inert.querySelectorAll(BLOCKS))) element.after(' ');
  return squash(inert.body?.textContent ?? '');
}

const BLOCKS = 'br, p, div, li, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, td, th, table, hr';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_ZONES: Readonly<Record<string, number>> = { GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const RFC822 = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})$/i;

/**
 * "Sat, 02 Aug 2025 11:50:00 -0400" → the UTC instant (`2025-08-02T15:50:00.000Z`) and the
 * calendar date as written (`2025-08-02`); undefined for anything else or an impossible date.
 */
export function parseRssDate(text: string): { instant: string; date: string } | undefined {
  const match = RFC822.exec(text.trim());
  if (match === null) return undefined;
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zone] = match;
  const day = Number(dayText);
  const month = MONTHS.indexOf((monthText ?? '').toLowerCase()) + 1;
  const year = Number(yearText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? '0');
  const offset = zoneOffsetMinutes(zone ?? '');
  if (month < 1 || offset === undefined || hour > 23 || minute > 59 || second > 60) return undefined;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const instant = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000;
  return { instant: new Date(instant).toISOString(), date: `${yearText}-${pad(month)}-${pad(day)}` };
}

function zoneOffsetMinutes(zone: string): number | undefined {
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (numeric === null) return NAMED_ZONES[zone.toUpperCase()];
  const [, sign, hours, minutes] = numeric;
  if (Number(minutes) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
