/** Page parsers for lore.kernel.org (public-inbox): `(URL, Document) → LorePage`, browser-free. */
import type { LorePage, ReadLimits } from '../../types';
import { parsePatchSubject } from '../../mentions/patch-subject';
import { findBotEvents } from './bot-replies';
import { readMessagePage } from './message-page';
import { BOT_WALL, TITLE } from './selectors';
import { squash } from './text';
import { readThreadPage, readThreadPageInSlices, type ThreadMessages } from './thread-page';
import { classifyLoreUrl, type LorePlace } from './urls';

export { findBotEvents } from './bot-replies';
export { parseMailDate } from './dates';
export { classifyLoreUrl, decodeMsgid, type LorePlace, type LoreView } from './urls';

/**
 * A lore message page or thread page, or null for any other page: list indexes, searches, Atom
 * feeds, raw messages, error pages and kernel.org's bot wall (its challenge page comes with
 * HTTP 200 in place of the page asked for). With `limits`, a thread's first messages only
 * (and the named one), marked `partial`.
 */
export function parseLorePage(url: URL, doc: Document, limits?: ReadLimits): LorePage | null {
  const place = lorePlace(url, doc);
  if (place === null) return null;
  if (place.view === 'message') return lorePage(url, doc, place, { messages: readMessagePage(doc, place.msgid) ?? [], complete: true });
  return lorePage(url, doc, place, readThreadPage(doc, url, limits?.maxMessages));
}

/** The same page as parseLorePage, a thread's messages read `perSlice` at a time with `pause()` between. */
export async function parseLorePageInSlices(url: URL, doc: Document, pause: () => Promise<void>, perSlice: number): Promise<LorePage | null> {
  const place = lorePlace(url, doc);
  if (place === null || place.view === 'message') return parseLorePage(url, doc);
  return lorePage(url, doc, place, await readThreadPageInSlices(doc, url, pause, perSlice));
}

/** What the URL names, unless the page is kernel.org's bot wall. */
function lorePlace(url: URL, doc: Document): LorePlace | null {
  const place = classifyLoreUrl(url);
  return place === null || isBotWall(doc) ? null : place;
}

function lorePage(url: URL, doc: Document, place: LorePlace, read: ThreadMessages): LorePage | null {
  const thread = place.view !== 'message';
  const named = thread ? (read.messages.find((message) => message.msgid === place.msgid) ?? read.named) : read.messages[0];
  // Read in part, the named message may come after the first ones: it is read too.
  const messages = named === undefined || read.messages.includes(named) ? read.messages : [...read.messages, named];
  if (messages.length === 0) return null;
  const page: LorePage = {
    kind: thread ? 'lore-thread' : 'lore-message',
    url: url.href,
    // `/r/<msgid>` does not name a list; lore answers it with the all-lists view (`/all/`).
    list: place.list ?? 'all',
    msgid: place.msgid,
    subject: named?.subject ?? parsePatchSubject(squash(doc.querySelector(TITLE)?.textContent)),
    // The named message first, the others in page order.
    messages: named === undefined ? messages : [named, ...messages.filter((message) => message !== named)],
    events: findBotEvents(messages),
  };
  if (!read.complete) page.partial = true;
  if (named?.from !== undefined) page.from = named.from;
  if (named?.date !== undefined) page.date = named.date;
  return page;
}

/** kernel.org's Anubis challenge ("Making sure you're not a bot!"). */
export function isBotWall(doc: Document): boolean {
  return doc.querySelector(BOT_WALL.markers) !== null || BOT_WALL.titleText.test(doc.querySelector(BOT_WALL.title)?.textContent ?? '');
}
