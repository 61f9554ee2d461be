/**
 * lore thread pages, flat `/<msgid>/T/` and nested `/<msgid>/t/`: every message of the thread
 * with its subject, author, date (UTC, to the minute) and body; the thread overview after them
 * is not a message.
 */
import type { LoreMessage } from '../../types';
import { messageFromOverview } from './message';
import { THREAD } from './selectors';
import { splitHeaders, squash, stretchAfter } from './text';
import { loreMsgidOfHref } from './urls';

export interface ThreadMessages {
  messages: LoreMessage[];
  /** The message marked as the one the URL names (`<u id=u>` around its subject), if found. */
  named?: LoreMessage;
  /** Whether every message was read (not stopped at `maxMessages`). */
  complete: boolean;
}

/** The thread's messages in page order; with `maxMessages`, the first ones and the named one. */
export function readThreadPage(doc: Document, url: URL, maxMessages = Number.POSITIVE_INFINITY): ThreadMessages {
  const reader = new ThreadReader(doc, url);
  // A live collection walked in order: a first pass stops after a few messages without
  // matching every link of a long thread first.
  const links = doc.getElementsByTagName('a');
  for (let index = 0; index < links.length; index += 1) {
    const start = links[index]!;
    if (!isStart(start)) continue;
    if (reader.messages.length >= maxMessages) return reader.stoppedEarly();
    reader.read(start);
  }
  return reader.done();
}

/**
 * Every message, as readThreadPage reads them, `perSlice` at a time with `pause()` between
 * slices: reading a 2 MB thread at once held the page's main thread for a third of a second.
 */
export async function readThreadPageInSlices(doc: Document, url: URL, pause: () => Promise<void>, perSlice: number): Promise<ThreadMessages> {
  const reader = new ThreadReader(doc, url);
  // A static list: the page may change while it is read.
  const starts = [...doc.querySelectorAll(THREAD.start)].filter(isStart);
  for (const [index, start] of starts.entries()) {
    if (index > 0 && index % perSlice === 0) await pause();
    reader.read(start);
  }
  return reader.done();
}

/** The messages read so far, and the one public-inbox marks as the one the URL names. */
class ThreadReader {
  readonly messages: LoreMessage[] = [];
  private named: LoreMessage | undefined;
  private readonly namedMark: Element | null;

  constructor(
    doc: Document,
    private readonly url: URL,
  ) {
    this.namedMark = doc.querySelector(THREAD.named);
  }

  read(start: Element): void {
    const message = readMessage(start, this.url);
    if (message === null) return;
    this.messages.push(message);
    // public-inbox writes `<a id=m…>*</a> <u id=u><b>subject</b></u>` for that message.
    if (this.named === undefined && this.namedMark !== null && start.nextElementSibling === this.namedMark) this.named = message;
  }

  done(complete = true): ThreadMessages {
    const { messages, named } = this;
    return named === undefined ? { messages, complete } : { messages, named, complete };
  }

  /** Stopped before the named message, it is read on its own: the page's subject is its. */
  stoppedEarly(): ThreadMessages {
    const namedStart = this.namedMark?.previousElementSibling;
    if (this.named === undefined && namedStart && isStart(namedStart)) this.named = readMessage(namedStart, this.url) ?? undefined;
    return this.done(false);
  }
}

/** `<a id=m<hash> href=#e<hash>>` (THREAD.start): the start of a message (thread overview links have `id=r…`). */
function isStart(element: Element): boolean {
  const id = element.getAttribute('id') ?? '';
  return id.length > 1 && id.startsWith('m') && element.getAttribute('href') === `#e${id.slice(1)}`;
}

function readMessage(start: Element, url: URL): LoreMessage | null {
  const root = start.closest('pre') ?? start.parentElement;
  if (root === null) return null;
  const endId = `e${(start.getAttribute('id') ?? '').slice(1)}`;
  // Up to this message's `^` footer link, or to the next message if that is missing.
  const stretch = stretchAfter(root, start, (element) => element.getAttribute('id') === endId || isStart(element));
  const { headers, body } = splitHeaders(stretch.text);
  const permalink = stretch.links.find((link) => squash(link.textContent) === 'permalink');
  const msgid = permalink === undefined ? undefined : loreMsgidOfHref(permalink.getAttribute('href') ?? '', url);
  if (msgid === undefined) return null;
  return messageFromOverview(headers, msgid, root, body);
}
