/** lore message pages `/<list>/<msgid>/`: one message, its headers and body in `<pre id=b>`. */
import type { LoreMessage } from '../../types';
import { messageFromHeaders, unfoldHeaders } from './message';
import { MESSAGE } from './selectors';
import { splitHeaders } from './text';

/** The message on a message page, or null when the page has none (an error page, the bot wall). */
export function readMessagePage(doc: Document, msgid: string): LoreMessage[] | null {
  const pre = doc.querySelector(MESSAGE.body);
  if (pre === null) return null;
  const { headers, body } = splitHeaders(pre.textContent ?? '');
  const fields = unfoldHeaders(headers);
  // Without a From or Subject line this is not a message's header block.
  if (!fields.has('from') && !fields.has('subject')) return null;
  return [messageFromHeaders(fields, msgid, pre, body)];
}
