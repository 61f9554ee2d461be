import { COMMIT } from '../pages/cgit/selectors';
import type { Page } from '../types';

/**
 * The node a page's mainline banners go after: under a cgit commit's header table, or at
 * the top of a lore page (after its search form, before the first message).
 */
export function bannerAnchor(page: Page, document: Document): Node | undefined {
  switch (page.kind) {
    case 'cgit-commit':
      return document.querySelector(COMMIT.info) ?? document.querySelector(COMMIT.subject) ?? undefined;
    case 'lore-message':
    case 'lore-thread': {
      const firstPre = document.querySelector('body > pre');
      const before = firstPre?.previousSibling;
      if (before) return before;
      return firstPre ? insertMarker(firstPre) : undefined;
    }
    default:
      return undefined;
  }
}

/** A page whose first element is the message itself: an empty text node before it to anchor on. */
function insertMarker(element: Element): Node {
  const marker = element.ownerDocument.createTextNode('');
  element.before(marker);
  return marker;
}
