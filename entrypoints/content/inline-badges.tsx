import { render, type ComponentChild } from 'preact';
import type { BadgeAnchor } from '@/utils/overlays/badge-anchors';

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

  constructor(
    private readonly tag: string,
    private readonly css: string,
  ) {}

  get count(): number {
    return this.mounted.length;
  }

  /**
   * Mounts one badge per anchor. Anchors come in document order; they are placed last
   * first, so splitting a text node never moves the offsets of the mentions before it.
   */
  mount<M extends BadgeAnchor>(anchors: readonly M[], attributes: (anchor: M) => Record<string, string>, content: (anchor: M) => ComponentChild): void {
    for (const anchor of [...anchors].reverse()) {
      const parent = anchor.after.parentNode;
      if (!parent || !anchor.after.isConnected) continue;
      let split: MountedBadge['split'];
      const after = anchor.after;
      if (after instanceof Text && anchor.splitAt !== undefined && anchor.splitAt > 0 && anchor.splitAt < after.length) {
        split = { first: after, second: after.splitText(anchor.splitAt) };
      }
      const host = document.createElement(this.tag);
      for (const [name, value] of Object.entries(attributes(anchor))) host.setAttribute(name, value);
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = this.css;
      const container = document.createElement('span');
      shadow.append(style, container);
      render(content(anchor), container);
      parent.insertBefore(host, after.nextSibling);
      this.mounted.push({ host, container, ...(split ? { split } : {}) });
    }
  }

  /** Removes every badge, last mounted first, joining split text nodes back. */
  clear(): void {
    while (this.mounted.length > 0) {
      const badge = this.mounted.pop()!;
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
