/**
 * Recognising lore.kernel.org (public-inbox) message and thread URLs:
 * `/<list>/<msgid>/` (also without the slash, with `#…` anchors), `/<list>/<msgid>/T/` (flat thread),
 * `/<list>/<msgid>/t/` (nested thread), `/all/<msgid>/…` (every list) and `/r/<msgid>` (the
 * redirector: the list is not in the URL). List indexes, searches, Atom feeds, mboxes and raw
 * messages are not message pages.
 */

export const LORE_HOST = 'lore.kernel.org';

export type LoreView = 'message' | 'thread-flat' | 'thread-nested';

export interface LorePlace {
  /** The inbox name in the URL (`linux-cifs`, `all`); undefined for `/r/<msgid>`. */
  list?: string;
  /** Decoded, without `<>`. */
  msgid: string;
  view: LoreView;
}

/** What follows `<msgid>/` in a page URL. */
const VIEWS: ReadonlyMap<string, LoreView> = new Map([
  ['', 'message'],
  ['T', 'thread-flat'],
  ['t', 'thread-nested'],
]);

/** `/<list>/…` names that are public-inbox's own pages, never an inbox. */
const NOT_LISTS = new Set(['_', 'r']);

/** What a lore URL addresses, or null for other hosts and for pages that are not one message or thread. */
export function classifyLoreUrl(url: URL): LorePlace | null {
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname.toLowerCase() !== LORE_HOST) return null;
  // Keep empty segments: `/<list>/<msgid>/` splits into ['', list, msgid, ''].
  const [lead, first, second, third, fourth, ...rest] = url.pathname.split('/');
  if (lead !== '' || first === undefined || second === undefined || rest.some((segment) => segment !== '')) return null;
  if (first === 'r') return place(undefined, second, third, fourth);
  if (first === '' || NOT_LISTS.has(first) || !/^[\w.+-]+$/.test(first)) return null;
  return place(first, second, third, fourth);
}

/**
 * The message a permalink on a lore page points at (`../../<msgid>/`): the last segment of the
 * resolved path, so that it does not matter which URL form (`/T/`, `/T`, `/r/…`) the page has.
 */
export function loreMsgidOfHref(href: string, base: URL): string | undefined {
  const target = parseUrl(href, base);
  const segments = target === null ? [] : target.pathname.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1);
  return last === undefined ? undefined : decodeMsgid(last);
}

/** A msgid as written in a path segment (`%2B`, `%40`, `%3C…%3E`): decoded, without `<>`; undefined unless it has an `@`. */
export function decodeMsgid(segment: string): string | undefined {
  let text: string;
  try {
    text = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  const msgid = text.trim().replace(/^<+/, '').replace(/>+$/, '');
  return /^[^\s<>@]+@[^\s<>]+$/.test(msgid) ? msgid : undefined;
}

/** An absolute URL from a possibly relative href, or null. */
export function parseUrl(href: string, base?: string | URL): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

function place(list: string | undefined, segment: string, view: string | undefined, after: string | undefined): LorePlace | null {
  const msgid = decodeMsgid(segment);
  // `/<msgid>` (no slash) is the message too; `/<msgid>/T/` may end without its slash.
  const kind = VIEWS.get(view ?? '');
  if (msgid === undefined || kind === undefined || (after !== undefined && (after !== '' || kind === 'message'))) return null;
  return list === undefined ? { msgid, view: kind } : { list, msgid, view: kind };
}
