/** Small text helpers shared by the Phoronix parsers (DOM node types without the `Node` global). */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Whitespace collapsed to single spaces, trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
