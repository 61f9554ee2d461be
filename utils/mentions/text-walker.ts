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
  /** A block element starts (`entering`) or ends here (text on either side is not on one line). */
  blockBreak(element: Element, entering: boolean): void;
  /** A node not walked: a skipped element (with its subtree), a comment, … */
  passOver?(node: Node): void;
  /** True once the visitor has read enough: the walk ends there (the annotator's first pass). */
  readonly stopped?: boolean;
}

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

function isSkippedName(name: string): boolean {
  return SKIPPED.has(name) || name.startsWith('kc-');
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

// The hidden elements under a root, found by one native query instead of two attribute reads
// per element (most pages have none).
const HIDDEN = '[hidden],[aria-hidden="true"]';

/** The roots in document order, without any root inside another. */
export function outermost(roots: readonly Element[]): Element[] {
  const unique = [...new Set(roots)].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // FOLLOWING
  return unique.filter((root, i) => !unique.slice(0, i).some((other) => other.contains(root)));
}

/** Calls `visitor` for the text nodes, links and block boundaries under `roots`, in document order. */
export function walkText(roots: readonly Element[], visitor: TextVisitor): void {
  for (const root of outermost(roots)) {
    if (visitor.stopped) return;
    if (isSkippedName(root.localName) || isHidden(root)) continue;
    const hidden = root.querySelectorAll(HIDDEN);
    walkRoot(root, visitor, hidden.length > 0 ? new Set(hidden) : undefined);
  }
}

// Module functions rather than closures per walk: optimized code stays valid from one walk to the next.
function enter(visitor: TextVisitor, anchors: Element[], element: Element, name: string): void {
  if (!INLINE.has(name)) visitor.blockBreak(element, true);
  else if (name === 'a') {
    anchors.push(element);
    visitor.link(element);
  }
}

function leave(visitor: TextVisitor, anchors: Element[], element: Element, name: string): void {
  if (!INLINE.has(name)) visitor.blockBreak(element, false);
  else if (name === 'a') anchors.pop();
}

// A depth-first walk over child and sibling links that sees each element both on the way in
// and out, so blocks can be closed; a skipped element is a leaf (its subtree is never entered),
// and nodes other than elements and text (comments) are passed over.
function walkRoot(root: Element, visitor: TextVisitor, hidden: Set<Element> | undefined): void {
  const anchors: Element[] = [];
  enter(visitor, anchors, root, root.localName);
  let node: Node | null = root.firstChild;
  while (node) {
    if (visitor.stopped) return;
    const type = node.nodeType;
    if (type === TEXT_NODE) visitor.text(node as Text, anchors[anchors.length - 1]);
    else if (type === ELEMENT_NODE && !isSkippedName((node as Element).localName) && !hidden?.has(node as Element)) {
      const name = (node as Element).localName;
      enter(visitor, anchors, node as Element, name);
      const child = node.firstChild;
      if (child) {
        node = child;
        continue;
      }
      leave(visitor, anchors, node as Element, name);
    } else visitor.passOver?.(node);
    // On to the next sibling, or to that of the nearest ancestor that has one, leaving those passed.
    let current: Node = node;
    let next = current.nextSibling;
    while (!next) {
      const parent = current.parentNode;
      if (parent === root || !parent) break;
      current = parent;
      leave(visitor, anchors, current as Element, (current as Element).localName);
      next = current.nextSibling;
    }
    node = next;
  }
  leave(visitor, anchors, root, root.localName);
}
