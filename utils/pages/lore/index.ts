/** Page parsers for lore.kernel.org (public-inbox): `(URL, Document) → LorePage`, browser-free. */
import type { LoreMessage, LorePage, ReadLimits } from '../../types';
import { parsePatchSubject } from '../../mentions/patch-subject';
import { findBotEvents } from './bot-replies';
import { readMessagePage } from './message-page';
import { BOT_WALL, TITLE } from './selectors';
import { squash } from './text';
import { readThreadPage } from './thread-page';
import { classifyLoreUrl } from './urls';

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
  const place = classifyLoreUrl(url);
  if (place === null || isBotWall(doc)) return null;
  const thread = place.view !== 'message';
  let messages: LoreMessage[];
  let named: LoreMessage | undefined;
  let complete = true;
  if (thread) {
    const read = readThreadPage(doc, url, limits?.maxMessages);
    named = read.messages.find((message) => message.msgid === place.msgid) ?? read.named;
    // Read in part, the named message may come after the first ones: it is read too.
    messages = named === undefined || read.messages.includes(named) ? read.messages : [...read.messages, named];
    complete = read.complete;
  } else {
    messages = readMessagePage(doc, place.msgid) ?? [];
    named = messages[0];
  }
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
  if (!complete) page.partial = true;
  if (named?.from !== undefined) page.from = named.from;
  if (named?.date !== undefined) page.date = named.date;
  return page;
}

/** kernel.org's Anubis challenge ("Making sure you're not a bot!"). */
export function isBotWall(doc: Document): boolean {
  return doc.querySelector(BOT_WALL.markers) !== null || BOT_WALL.titleText.test(doc.querySelector(BOT_WALL.title)?.textContent ?? '');
}
