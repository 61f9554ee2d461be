/**
 * Joins the text nodes of each block into one string with a map back to the nodes, so finders
 * see "Linux <b>5.13</b>" as "Linux 5.13" and the walk stays linear in the page size.
 */
import { walkText } from './text-walker';

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

/** Calls `onBlock` for each block of text (and links) under `roots`, in document order. */
export function collectBlocks(roots: readonly Element[], onBlock: (block: TextBlock) => void): void {
  let block = emptyBlock();
  let parts: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (block.nodes.length === 0 && block.links.length === 0) return;
    block.text = parts.join('');
    onBlock(block);
    block = emptyBlock();
    parts = [];
    length = 0;
  };
  walkText(roots, {
    text(node, anchor) {
      const data = node.data;
      block.nodes.push(node);
      block.starts.push(length);
      block.anchors.push(anchor);
      parts.push(data);
      length += data.length;
    },
    link(element) {
      block.links.push({ element, nodeIndex: block.nodes.length });
    },
    blockBreak: flush,
  });
  flush();
}

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
