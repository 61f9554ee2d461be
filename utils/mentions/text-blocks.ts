/**
 * Joins the text nodes of each block into one string with a map back to the nodes, so finders
 * see "Linux <b>5.13</b>" as "Linux 5.13" and the walk stays linear in the page size.
 */
import { type TextVisitor, walkText } from './text-walker';

export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's text starts. */
  starts: number[];
  /** The innermost <a> around each node. */
  anchors: (Element | undefined)[];
  /** Links met in the block: each before the node at `nodeIndex` (= nodes.length at the end). */
  links: { element: Element; nodeIndex: number }[];
}

const COMMENT_NODE = 8;

/** Where blocks go, one by one as the walk completes them. */
export interface BlockSink {
  block(block: TextBlock): void;
  /** True once the sink has had enough blocks: the walk ends there. */
  readonly full?: boolean;
}

/**
 * Makes blocks on a walk. A class, not closures per walk: the walk's optimized code,
 * specialised to these methods, stays valid from one page extraction to the next.
 */
class BlockCollector implements TextVisitor {
  constructor(private readonly sink: BlockSink) {}

  get stopped(): boolean {
    return this.sink.full === true;
  }

  private block = emptyBlock();
  private length = 0;
  // The block element whose start began this block, while nothing in it was passed over: if
  // the block ends with that element, its text is the element's text, read at once (reading
  // every node's text from the DOM costs far more, the first time above all).
  private owner: Element | undefined;

  text(node: Text, anchor: Element | undefined): void {
    const { block } = this;
    block.nodes.push(node);
    block.starts.push(this.length);
    block.anchors.push(anchor);
    this.length += node.length;
  }

  link(element: Element): void {
    this.block.links.push({ element, nodeIndex: this.block.nodes.length });
  }

  blockBreak(element: Element, entering: boolean): void {
    this.flush(entering ? undefined : element);
    this.owner = entering ? element : undefined;
  }

  passOver(node: Node): void {
    if (node.nodeType !== COMMENT_NODE) this.owner = undefined;
  }

  flush(closing?: Element): void {
    const { block } = this;
    if (block.nodes.length === 0 && block.links.length === 0) return;
    const text = closing && closing === this.owner ? closing.textContent : undefined;
    block.text = text?.length === this.length ? text : block.nodes.length === 1 ? block.nodes[0]!.data : block.nodes.map(dataOf).join('');
    this.block = emptyBlock();
    this.length = 0;
    this.sink.block(block);
  }
}

/** Gives `sink` each block of text (and links) under `roots`, in document order. */
export function walkBlocks(roots: readonly Element[], sink: BlockSink): void {
  const collector = new BlockCollector(sink);
  walkText(roots, collector);
  collector.flush();
}

/** Calls `onBlock` for each block of text (and links) under `roots`, in document order. */
export function collectBlocks(roots: readonly Element[], onBlock: (block: TextBlock) => void): void {
  walkBlocks(roots, { block: onBlock });
}

const dataOf = (node: Text): string => node.data;

function emptyBlock(): TextBlock {
  return { text: '', nodes: [], starts: [], anchors: [], links: [] };
}

/** The index of the node holding character `offset` of the block's text. */
export function nodeIndexAt(block: TextBlock, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where the block range [start, end) sits on the page: a range of one text node. A range
 * that crosses nodes is clipped to the node holding its last character — the version or
 * tree a claim ends with, the part an inline badge goes beside.
 */
export function placeIn(block: TextBlock, start: number, end: number): { index: number; node: Text; start: number; end: number } {
  const index = nodeIndexAt(block, end - 1);
  const nodeStart = block.starts[index]!;
  return { index, node: block.nodes[index]!, start: Math.max(start, nodeStart) - nodeStart, end: end - nodeStart };
}
