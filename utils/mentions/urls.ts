import type { Found } from './found';
import { allMatches } from './text-scan';

/** A URL written out in text. `url` always has a scheme, even when the text left it out. */
export type UrlSpan = Found<{ url: string }>;

// A scheme, or one of the kernel hosts people write without one.
const URL_IN_TEXT =
  /\b(?:https?:\/\/|(?:www\.|git\.kernel\.org\/|lore\.kernel\.org\/|lkml\.kernel\.org\/|patch\.msgid\.link\/|github\.com\/))[^\s<>"'`{}|\\^\u00a0]+/gi;

/** URLs written in `text`, in order, without the sentence punctuation that follows them. */
export function findUrls(text: string): UrlSpan[] {
  const found: UrlSpan[] = [];
  for (const match of allMatches(URL_IN_TEXT, text)) {
    const raw = trimTrailing(match[0]);
    if (raw.length < 8) continue;
    const start = match.index;
    found.push({ start, end: start + raw.length, data: { url: /^https?:/i.test(raw) ? raw : `https://${raw}` } });
  }
  return found;
}

/** Drops sentence punctuation after a URL; keeps a `)` the URL itself opened (`…/Foo_(bar)`). */
function trimTrailing(raw: string): string {
  let opened = 0;
  let closed = 0;
  for (const char of raw) {
    if (char === '(') opened += 1;
    else if (char === ')') closed += 1;
  }
  let end = raw.length;
  while (end > 0) {
    const last = raw[end - 1]!;
    if (last === ')') {
      if (closed <= opened) break;
      closed -= 1;
    } else if (!'.,;:!?]'.includes(last)) break;
    end -= 1;
  }
  return raw.slice(0, end);
}
