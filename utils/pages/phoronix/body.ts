/** The article body's text and links, without the boxes Phoronix puts around and inside it. */
import type { PageLink } from '../../types';
import { ARTICLE, BODY_EXCLUDED } from './selectors';
import { ELEMENT_NODE, squash, TEXT_NODE } from './text';
import { parseUrl } from './urls';

const BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'FIGURE', 'FIGCAPTION', 'SECTION', 'DL', 'DT', 'DD']);

/**
 * How much of the body's text is kept: more than anything reads of it (the later-news key
 * terms read 20,000 characters, utils/news/page-subject.ts; a seen article's summary 300).
 * A long review's body can be several times that; the annotator reads it on the review's
 * first screen, so the rest is not read at all.
 */
export const BODY_TEXT_MAX = 20_000;

/**
 * The body's text, its first `max` characters; paragraphs (Phoronix separates them with
 * `<br><br>`) end up separated by "\n\n". The same characters as the whole text's first `max`.
 */
export function bodyText(body: Element, max = BODY_TEXT_MAX): string {
  // Collapsing whitespace only shortens the text: twice as much is read as is kept, more if
  // that falls short. It acts on whole runs of whitespace, and the last run is trimmed, so
  // the text of the part read is the start of the whole text's.
  for (let budget = 2 * max; ; budget *= 2) {
    const parts: string[] = [];
    const complete = collectText(body, parts, { left: budget });
    const text = parts
      .join('')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (complete || text.length >= max) return text.slice(0, max);
  }
}

/** Every http(s) link in the body, absolute, in page order. */
export function bodyLinks(body: Element, base: URL): PageLink[] {
  const links: PageLink[] = [];
  for (const anchor of Array.from(body.querySelectorAll(ARTICLE.bodyLinks))) {
    const href = (anchor.getAttribute('href') ?? '').trim();
    if (href === '' || href.startsWith('#') || isExcluded(anchor, body)) continue;
    const url = parseUrl(href, base);
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) continue;
    links.push({ href: url.href, text: squash(anchor.textContent), element: anchor });
  }
  return links;
}

/** Collects text until `budget.left` characters are read; whether it reached the end of `node`. */
function collectText(node: Node, parts: string[], budget: { left: number }): boolean {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (budget.left <= 0) return false;
    if (child.nodeType === TEXT_NODE) {
      const text = (child.nodeValue ?? '').replace(/\s+/g, ' ');
      parts.push(text);
      budget.left -= text.length;
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      // Before the selector match: a long review has a thousand <br>s, none of them a box.
      if (tag === 'BR') {
        parts.push('\n');
        continue;
      }
      if (element.matches(BODY_EXCLUDED)) continue;
      const block = BLOCKS.has(tag);
      if (block) parts.push('\n\n');
      if (!collectText(element, parts, budget)) return false;
      if (block) parts.push('\n\n');
    }
  }
  return true;
}

function isExcluded(element: Element, body: Element): boolean {
  for (let node: Element | null = element; node !== null && node !== body; node = node.parentElement) {
    if (node.matches(BODY_EXCLUDED)) return true;
  }
  return false;
}
