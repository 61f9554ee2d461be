/** One message as a lore page shows it: its header lines read into a LoreMessage. */
import type { LoreMessage } from '../../types';
import { parsePatchSubject } from '../../mentions/patch-subject';
import { parseMailDate, parseOverviewDate } from './dates';
import { parseMailbox, personFromNames } from './people';
import { squash } from './text';

/** Header lines with folded continuation lines (starting with a space or tab) joined to theirs. */
export function unfoldHeaders(lines: readonly string[]): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = /^([A-Za-z][\w-]*):[ \t]?(.*)$/.exec(line);
    if (colon === null) {
      last = undefined;
      continue;
    }
    last = colon[1]!.toLowerCase();
    // The first of a repeated header counts (public-inbox prints every From/Date it finds).
    if (!headers.has(last)) headers.set(last, colon[2]!);
    else last = undefined;
  }
  return headers;
}

/** A message page's `<pre id=b>` headers (From, Subject, Date, Message-ID). */
export function messageFromHeaders(headers: Map<string, string>, fallbackMsgid: string, body: Element, bodyText: string): LoreMessage {
  const message: LoreMessage = {
    msgid: firstMsgid(headers.get('message-id')) ?? fallbackMsgid,
    subject: parsePatchSubject(squash(headers.get('subject'))),
    body,
    bodyText,
  };
  const from = parseMailbox(headers.get('from') ?? '');
  const date = parseMailDate(headers.get('date') ?? '');
  if (from !== undefined) message.from = from;
  if (date !== undefined) message.date = date;
  return message;
}

/** "From: Steve French @ 2025-12-18 16:48 UTC (permalink / raw)" on thread pages. */
const OVERVIEW_FROM = /^From: (.*?) @ (\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}) UTC\b/;

/** A thread page message: its subject line, then index lines, the From line, To/Cc and In-Reply-To. */
export function messageFromOverview(headerLines: readonly string[], msgid: string, body: Element, bodyText: string): LoreMessage {
  const message: LoreMessage = { msgid, subject: parsePatchSubject(squash(headerLines[0])), body, bodyText };
  for (const line of headerLines) {
    const match = OVERVIEW_FROM.exec(line);
    if (match === null) continue;
    const from = personFromNames(match[1] ?? '');
    const date = parseOverviewDate(match[2] ?? '');
    if (from !== undefined) message.from = from;
    if (date !== undefined) message.date = date;
    break;
  }
  return message;
}

/** "<id@host> (raw)" → "id@host". */
function firstMsgid(value: string | undefined): string | undefined {
  const match = /<([^<>\s]+@[^<>\s]+)>/.exec(value ?? '');
  return match?.[1];
}
