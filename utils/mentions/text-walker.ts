/**
 * Walks the text under root elements in document order, as the reader sees it: skips
 * scripts, styles, templates, form controls, hidden subtrees and our own `kc-*` overlays
 * (so annotating a page never changes what is extracted from it). Keeps <code> and <pre>:
 * paths and shas live there. Reports where blocks start and end, so that text split over
 * inline elements ("Linux <b>5.13</b>") can be read as one string.
 */

/** What the walk reports, in document order. */
export interface TextVisitor {
  /** A text node; `anchor` is the innermost <a> around it. */
  text(node: Text, anchor: Element | undefined): void;
  /** An <a> element, before its text. */
  link(element: Element): void;
  /** A block element starts or ends here (text on either side is not on one line). */
  blockBreak(): void;
}

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4; // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'textarea', 'select', 'option', 'optgroup',
  'datalist', 'input', 'button', 'svg', 'math', 'iframe', 'object', 'canvas', 'audio', 'video',
]);

/** Elements that flow inside a line; anything else (including unknown elements) starts a block. */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'picture', 'q', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

function isSkipped(element: Element): boolean {
  const name = element.localName;
  return (
    SKIPPED.has(name) ||
    name.startsWith('kc-') ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  );
}

/** The roots in document order, without any root inside another. */
function outermost(roots: readonly Element[]): Element[] {
  const unique = [...new Set(roots)].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // FOLLOWING
  return unique.filter((root, i) => !unique.slice(0, i).some((other) => other.contains(root)));
}

/** Calls `visitor` for the text nodes, links and block boundaries under `roots`, in document order. */
export function walkText(roots: readonly Element[], visitor: TextVisitor): void {
  for (const root of outermost(roots)) {
    if (!isSkipped(root)) walkRoot(root, visitor);
  }
}

// A depth-first walk by TreeWalker that sees each element both on the way in and out,
// so blocks can be closed; a skipped element is a leaf (its subtree is never entered).
function walkRoot(root: Element, visitor: TextVisitor): void {
  const anchors: Element[] = [];
  const enter = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) return visitor.text(node as Text, anchors.at(-1));
    const name = (node as Element).localName;
    if (!INLINE.has(name)) visitor.blockBreak();
    else if (name === 'a') {
      anchors.push(node as Element);
      visitor.link(node as Element);
    }
  };
  const leave = (node: Node): void => {
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).localName;
    if (!INLINE.has(name)) visitor.blockBreak();
    else if (name === 'a') anchors.pop();
  };
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  enter(root);
  let depth = 0;
  let node: Node | null = walker.firstChild();
  if (node) depth = 1;
  while (node) {
    const skipped = node.nodeType === ELEMENT_NODE && isSkipped(node as Element);
    if (!skipped) {
      enter(node);
      if (walker.firstChild()) {
        depth += 1;
        node = walker.currentNode;
        continue;
      }
      leave(node);
    }
    node = null;
    while (depth > 0) {
      node = walker.nextSibling();
      if (node) break;
      walker.parentNode();
      depth -= 1;
      if (depth > 0) leave(walker.currentNode);
    }
  }
  leave(root);
}
