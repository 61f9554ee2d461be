import type { Mention, MentionKind } from '../types';

/** Where an inline badge goes: right after this node (a text node split at the mention's end, or a link). */
export interface BadgeAnchor<M extends Mention = Mention> {
  mention: M;
  /** The node the badge is inserted after. */
  after: Node;
  /** For text mentions: the offset at which the text node must be split first (its length if none). */
  splitAt?: number;
}

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

/** How far one block's children are numbered: each child's paragraph, up to `next`. */
interface BlockNumbering {
  paragraphs: Map<Node, number>;
  next: Node | null;
  paragraph: number;
  previousWasBreak: boolean;
}

/** Numbers paragraphs lazily: a block's children only as far as a mention asks (mentions come in page order). */
class ParagraphIndex {
  private readonly blockIds = new Map<Element, number>();
  private readonly numberings = new Map<Element, BlockNumbering | null>();

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

  /**
   * How many `<br>` runs come before this child of the block: its paragraph number there.
   * A long review is one block of a thousand children; its first screen's mentions number
   * only the first few dozen.
   */
  private breaksBefore(block: Element, child: Node): number {
    let numbering = this.numberings.get(block);
    if (numbering === undefined) {
      // A block without <br> children (every <pre> of a lore thread) is one paragraph.
      numbering = this.hasBreaks(block) ? { paragraphs: new Map(), next: block.firstChild, paragraph: 0, previousWasBreak: false } : null;
      this.numberings.set(block, numbering);
    }
    if (numbering === null) return 0;
    const known = numbering.paragraphs.get(child);
    if (known !== undefined) return known;
    for (let node = numbering.next; node !== null; node = node.nextSibling) {
      const isBreak = node.nodeName === 'BR';
      if (isBreak && !numbering.previousWasBreak) numbering.paragraph++;
      if (!isBreak && !(node.nodeType === 3 && node.textContent?.trim() === '')) numbering.previousWasBreak = false;
      else if (isBreak) numbering.previousWasBreak = true;
      numbering.paragraphs.set(node, numbering.paragraph);
      if (node === child) {
        numbering.next = node.nextSibling;
        return numbering.paragraph;
      }
    }
    numbering.next = null;
    return numbering.paragraphs.get(child) ?? 0;
  }

  private hasBreaks(block: Element): boolean {
    for (let child = block.firstElementChild; child !== null; child = child.nextElementSibling) if (child.tagName === 'BR') return true;
    return false;
  }
}
