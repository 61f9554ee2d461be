/**
 * Messages whose substitutions are elements (a `<time>`, a date, a nested sentence): the
 * translated text is split at its `$1`…`$9`, and each becomes the element given for it, so
 * every language orders the parts its own way and nothing is parsed as markup.
 */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey, type SubstitutionsOf } from './t';

/** Private-use characters stand for the substitutions while the browser fills in the message. */
const FIRST_MARK = 0xe001;
const MARKS = /([\uE001-\uE009])/;

export function tx<K extends MessageKey>(key: K, ...parts: SubstitutionsOf<K, ComponentChildren>): ComponentChildren[] {
  const given = parts as readonly ComponentChildren[];
  const marks = given.map((_, index) => String.fromCharCode(FIRST_MARK + index));
  const text = (t as (key: MessageKey, ...substitutions: string[]) => string)(key, ...marks);
  const children: ComponentChildren[] = [];
  for (const piece of text.split(MARKS)) {
    if (piece === '') continue;
    const index = piece.length === 1 ? piece.charCodeAt(0) - FIRST_MARK : -1;
    children.push(index >= 0 && index < given.length ? given[index] : piece);
  }
  return children;
}
