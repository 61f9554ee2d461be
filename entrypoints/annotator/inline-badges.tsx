import { render, type ComponentChild } from 'preact';
import { shadowHost } from '@/utils/overlays/shadow-host';

/** Where a badge goes: after this node, split first at `splitAt` when it is text. */
export interface Placement {
  after: Node;
  splitAt?: number;
}

interface MountedBadge {
  host: HTMLElement;
  container: HTMLElement;
  /** The text node split to make room, and the part split off, to be joined again. */
  split?: { first: Text; second: Text };
}

/**
 * Inline badges beside mentions: each a `kc-*` element with an open shadow root, inserted
 * right after the mention. Removing them joins any text node that was split, so the page
 * is exactly as it was.
 */
export class InlineBadges {
  private readonly mounted: MountedBadge[] = [];
  private readonly hosts = new Set<Element>();

  constructor(
    private readonly tag: string,
    private readonly css: string,
  ) {}

  get count(): number {
    return this.mounted.length;
  }

  /**
   * Whether one of these badges already sits at the anchor's place: right after the end of
   * its mention. A page read again (the annotator's second pass over a long page) finds the
   * mentions of its first pass again, at the same places.
   */
  has(anchor: Placement): boolean {
    const { after, splitAt } = currentPlace(anchor.after, anchor.splitAt);
    if (after instanceof Text && splitAt !== undefined && splitAt < after.length) return false;
    for (let sibling = after.nextSibling; sibling instanceof Element && sibling.tagName.startsWith('KC-'); sibling = sibling.nextSibling) {
      if (this.hosts.has(sibling)) return true;
    }
    return false;
  }

  /**
   * Mounts one badge per anchor. Anchors come in document order; they are placed last
   * first, so splitting a text node never moves the offsets of the mentions before it.
   * Returns the badges' hosts mounted, in document order.
   */
  mount<M extends Placement>(anchors: readonly M[], attributes: (anchor: M) => Record<string, string>, content: (anchor: M) => ComponentChild): HTMLElement[] {
    const hosts: HTMLElement[] = [];
    for (const anchor of [...anchors].reverse()) {
      const { after, splitAt } = currentPlace(anchor.after, anchor.splitAt);
      const parent = after.parentNode;
      if (!parent || !after.isConnected) continue;
      let split: MountedBadge['split'];
      if (after instanceof Text && splitAt !== undefined && splitAt > 0 && splitAt < after.length) {
        split = { first: after, second: after.splitText(splitAt) };
      }
      const { host, container } = shadowHost(this.tag, this.css, attributes(anchor));
      render(content(anchor), container);
      parent.insertBefore(host, after.nextSibling);
      this.mounted.push({ host, container, ...(split ? { split } : {}) });
      this.hosts.add(host);
      hosts.push(host);
    }
    return hosts.reverse();
  }

  /** Removes every badge, last mounted first, joining split text nodes back. */
  clear(): void {
    while (this.mounted.length > 0) {
      const badge = this.mounted.pop()!;
      this.hosts.delete(badge.host);
      render(null, badge.container);
      badge.host.remove();
      const split = badge.split;
      if (split && split.first.nextSibling === split.second) {
        split.first.appendData(split.second.data);
        split.second.remove();
      }
    }
  }
}

/**
 * Where a mention's end is now. Another kind of badge may have split its text node since
 * it was found (a release badge after "6.1" in the sentence that names `rust/`): the rest
 * of the text then follows that badge, in the next text node.
 */
function currentPlace(node: Node, splitAt: number | undefined): { after: Node; splitAt?: number } {
  if (!(node instanceof Text) || splitAt === undefined) return { after: node, ...(splitAt !== undefined ? { splitAt } : {}) };
  let text: Text = node;
  let offset = splitAt;
  while (offset > text.length) {
    const next = nextTextAfterBadges(text);
    if (!next) break;
    offset -= text.length;
    text = next;
  }
  return { after: text, splitAt: offset };
}

function nextTextAfterBadges(text: Text): Text | undefined {
  let sibling = text.nextSibling;
  while (sibling instanceof Element && sibling.tagName.startsWith('KC-')) sibling = sibling.nextSibling;
  return sibling instanceof Text ? sibling : undefined;
}
