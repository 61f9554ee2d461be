/** The article body's text and links, without the boxes Phoronix puts around and inside it. */
import type { PageLink } from '../../types';
import { ARTICLE, BODY_EXCLUDED } from './selectors';
import { ELEMENT_NODE, squash, TEXT_NODE } from './text';
import { parseUrl } from './urls';

const BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'FIGURE', 'FIGCAPTION', 'SECTION', 'DL', 'DT', 'DD']);

/** The body's text; paragraphs (Phoronix separates them with `<br><br>`) end up separated by "\n\n". */
export function bodyText(body: Element): string {
  const parts: string[] = [];
  collectText(body, parts);
  return parts
    .join('')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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

function collectText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
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
      collectText(element, parts);
      if (block) parts.push('\n\n');
    }
  }
}

function isExcluded(element: Element, body: Element): boolean {
  for (let node: Element | null = element; node !== null && node !== body; node = node.parentElement) {
    if (node.matches(BODY_EXCLUDED)) return true;
  }
  return false;
}
