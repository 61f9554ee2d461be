/**
 * Message ids from links: lore.kernel.org `/<list>/<msgid>/…` and `/r/<msgid>`,
 * lkml.kernel.org `/r/<msgid>`, patch.msgid.link `/<msgid>`. lkml.org and marc.info links
 * are archive positions, not message ids.
 */
import type { MsgidMention } from '../types';
import { type Found, kept } from './found';
import { urlParts } from './url-parts';
import type { UrlSpan } from './urls';

const HOSTS = /^(?:lore\.kernel\.org|lkml\.kernel\.org|patch\.msgid\.link)$/;

function decode(segment: string): string | undefined {
  // Without a "%" there is nothing to decode (and nothing to throw on).
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** A msgid as lore writes it in a path: decoded, without `<>`, with an `@`. */
function cleanMsgid(segment: string | undefined): string | undefined {
  if (!segment) return undefined;
  const msgid = decode(segment)?.replace(/^<+|>+$/g, '');
  return msgid && /^[^\s@<>]+@[^\s@<>]+$/.test(msgid) ? msgid : undefined;
}

// The first two non-empty segments of a path, without splitting all of it (hot path).
const SEGMENTS = /^\/*([^/]+)(?:\/+([^/]+))?/;

function firstSegments(path: string): (string | undefined)[] {
  const match = SEGMENTS.exec(path);
  return match ? [match[1], match[2]] : [];
}

/** The message a lore, lkml.kernel.org or patch.msgid.link URL names, if it names one. */
export function parseMsgidUrl(href: string): MsgidMention | undefined {
  const url = urlParts(href);
  if (!url || !HOSTS.test(url.host)) return undefined;
  const host = url.host;
  const segments = firstSegments(url.path);
  let list: string | undefined;
  let msgid: string | undefined;
  if (host === 'patch.msgid.link') msgid = cleanMsgid(segments[0]);
  else if (segments[0] === 'r') msgid = cleanMsgid(segments[1]);
  else if (host === 'lore.kernel.org') {
    msgid = cleanMsgid(segments[1]);
    // `all` is lore's search over every list, not a list.
    list = segments[0] === 'all' ? undefined : segments[0];
  }
  if (!msgid) return undefined;
  return kept<MsgidMention>(list ? { kind: 'msgid', msgid, list, url: href } : { kind: 'msgid', msgid, url: href });
}

/** Message-id links written in `text` ("Link: https://lore.kernel.org/r/…"), in order. */
export function findMsgids(urls: readonly UrlSpan[]): Found<MsgidMention>[] {
  const found: Found<MsgidMention>[] = [];
  for (const span of urls) {
    const data = parseMsgidUrl(span.data.url);
    if (data) found.push({ start: span.start, end: span.end, data });
  }
  return found;
}
