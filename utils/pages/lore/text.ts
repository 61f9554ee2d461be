/** Reading text out of public-inbox's `<pre>` blocks (DOM node types without the `Node` global). */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Whitespace collapsed to single spaces, trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export interface Stretch {
  /** The text of every text node in the stretch, in order. */
  text: string;
  /** The links met on the way, in order. */
  links: Element[];
}

/**
 * The text inside `root` after `start` (and its content) up to the first element `isEnd` accepts,
 * or to the end of `root`. Walks only that stretch, so reading every message of a long thread
 * stays linear.
 */
export function stretchAfter(root: Element, start: Element, isEnd: (element: Element) => boolean): Stretch {
  const parts: string[] = [];
  const links: Element[] = [];
  for (let node = following(start, root, false); node !== null; node = following(node, root, true)) {
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isEnd(element)) break;
      if (element.tagName.toUpperCase() === 'A') links.push(element);
    }
  }
  return { text: parts.join(''), links };
}

/** The next node in document order inside `root`; into `node`'s children only when `descend`. */
function following(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild !== null) return node.firstChild;
  for (let current: Node | null = node; current !== null && current !== root; current = current.parentNode) {
    if (current.nextSibling !== null) return current.nextSibling;
  }
  return null;
}

/** Lines of a header block and body: the headers end at the first empty line. */
export function splitHeaders(text: string): { headers: string[]; body: string } {
  const lines = text.split(/\r?\n/);
  const blank = lines.findIndex((line) => line.trim() === '');
  if (blank < 0) return { headers: lines, body: '' };
  return { headers: lines.slice(0, blank), body: tidyBody(lines.slice(blank + 1)) };
}

/** Body lines without the blank lines around them and without trailing spaces (the "-- " signature marker keeps its space). */
function tidyBody(lines: string[]): string {
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.trim() === '') first += 1;
  while (last >= first && lines[last]!.trim() === '') last -= 1;
  return lines
    .slice(first, last + 1)
    .map((line) => (line === '-- ' ? line : line.trimEnd()))
    .join('\n');
}
