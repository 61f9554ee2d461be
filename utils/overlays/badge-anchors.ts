import type { Mention, MentionKind } from '../types';

/** Where an inline badge goes: right after this node (a text node split at the mention's end, or a link). */
export interface BadgeAnchor<M extends Mention = Mention> {
  mention: M;
  /** The node the badge is inserted after. */
  after: Node;
  /** For text mentions: the offset at which the text node must be split first (its length if none). */
  splitAt?: number;
}

const NO_BREAKS = new Map<Node, number>();

const BLOCKS = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'BODY', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'TR']);

/**
 * The mentions that get a badge, and where: one badge per subject per paragraph (the
 * first mention in it), where a paragraph is a block element or, inside one block, the
 * run of text between two `<br>`s (Phoronix writes paragraphs as `<br><br>` in one div).
 */
export function badgeAnchors<K extends MentionKind>(
  mentions: readonly Mention[],
  kind: K,
  subjectOf: (mention: Extract<Mention, { kind: K }>) => string,
  limit = Number.POSITIVE_INFINITY,
): BadgeAnchor<Extract<Mention, { kind: K }>>[] {
  const anchors: BadgeAnchor<Extract<Mention, { kind: K }>>[] = [];
  const seen = new Set<string>();
  const paragraphs = new ParagraphIndex();
  for (const mention of mentions) {
    if (anchors.length >= limit) break;
    if (mention.kind !== kind || !mention.place) continue;
    const typed = mention as Extract<Mention, { kind: K }>;
    const node = 'node' in mention.place ? mention.place.node : mention.place.element;
    const key = `${paragraphs.of(node)}\u0000${subjectOf(typed)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    anchors.push('node' in mention.place ? { mention: typed, after: node, splitAt: mention.place.end } : { mention: typed, after: node });
  }
  return anchors;
}

/** Numbers paragraphs lazily, once per block element. */
class ParagraphIndex {
  private readonly blockIds = new Map<Element, number>();
  private readonly breaks = new Map<Element, Map<Node, number>>();

  of(node: Node): string {
    let child: Node = node;
    let block = node.parentElement;
    while (block && !BLOCKS.has(block.tagName)) {
      child = block;
      block = block.parentElement;
    }
    if (!block) return 'none';
    let id = this.blockIds.get(block);
    if (id === undefined) {
      id = this.blockIds.size;
      this.blockIds.set(block, id);
    }
    return `${id}.${this.breaksBefore(block, child)}`;
  }

  /** How many `<br>` runs come before this child of the block: its paragraph number there. */
  private breaksBefore(block: Element, child: Node): number {
    let map = this.breaks.get(block);
    // A block without <br> children (every <pre> of a lore thread) is one paragraph: no need
    // to number its thousands of children.
    if (!map && !this.hasBreaks(block)) map = NO_BREAKS;
    if (!map) {
      map = new Map();
      let paragraph = 0;
      let previousWasBreak = false;
      for (const node of block.childNodes) {
        const isBreak = node.nodeName === 'BR';
        if (isBreak && !previousWasBreak) paragraph++;
        if (!isBreak && !(node.nodeType === 3 && node.textContent?.trim() === '')) previousWasBreak = false;
        else if (isBreak) previousWasBreak = true;
        map.set(node, paragraph);
      }
      this.breaks.set(block, map);
    }
    this.breaks.set(block, map);
    return map.get(child) ?? 0;
  }

  private hasBreaks(block: Element): boolean {
    for (let child = block.firstElementChild; child !== null; child = child.nextElementSibling) if (child.tagName === 'BR') return true;
    return false;
  }
}
