import type { Found } from './found';

/** A URL written out in text. `url` always has a scheme, even when the text left it out. */
export type UrlSpan = Found<{ url: string }>;

// A scheme, or one of the kernel hosts people write without one; sticky, run where an anchor says.
const URL_AT =
  /\b(?:https?:\/\/|(?:www\.|git\.kernel\.org\/|lore\.kernel\.org\/|lkml\.kernel\.org\/|patch\.msgid\.link\/|github\.com\/))[^\s<>"'`{}|\\^\u00a0]+/iy;
// What every start above has a few characters on: "://", or the "." of "www.", ".kernel.org/",
// ".link/" or ".com/" (scanning for these is faster than trying the pattern everywhere).
const ANCHOR = /[:.](?:\/\/|(?:kernel\.org|link|com)\/|(?<=www\.))/gi;
// How far before its anchor a URL may start: "https", "http" before ":"; "patch.msgid", "github",
// "lore"/"lkml", "git"/"www" before ".".
const BEFORE_COLON = [5, 4];
const BEFORE_DOT = [11, 6, 4, 3];

/** URLs written in `text`, in order, without the sentence punctuation that follows them. */
export function findUrls(text: string): UrlSpan[] {
  const found: UrlSpan[] = [];
  // Where the previous URL ended: the next one starts at or after it.
  let floor = 0;
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(text); anchor; anchor = ANCHOR.exec(text)) {
    const { index } = anchor;
    for (const back of text.charCodeAt(index) === 58 ? BEFORE_COLON : BEFORE_DOT) {
      const start = index - back;
      if (start < floor) continue;
      URL_AT.lastIndex = start;
      const match = URL_AT.exec(text);
      if (!match) continue;
      floor = ANCHOR.lastIndex = URL_AT.lastIndex;
      const raw = trimTrailing(match[0]);
      if (raw.length >= 8) found.push({ start, end: start + raw.length, data: { url: /^https?:/i.test(raw) ? raw : `https://${raw}` } });
      break;
    }
  }
  return found;
}

/** Drops sentence punctuation after a URL; keeps a `)` the URL itself opened (`…/Foo_(bar)`). */
function trimTrailing(raw: string): string {
  let opened = 0;
  let closed = 0;
  for (let i = raw.indexOf('('); i >= 0; i = raw.indexOf('(', i + 1)) opened += 1;
  for (let i = raw.indexOf(')'); i >= 0; i = raw.indexOf(')', i + 1)) closed += 1;
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
