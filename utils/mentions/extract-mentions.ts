/**
 * Mentions in a page (text under root elements, and links) or in plain text (a mail body).
 * Each mention comes once per place, in document order; each kind is capped so a hostile
 * page stays bounded.
 */
import type { Mention, MentionData, MentionKind, PageLink } from '../types';
import { parseCommitUrl } from './commits';
import { findMentions } from './find-mentions';
import { parseMsgidUrl } from './msgids';
import { collectBlocks, type TextBlock, placeIn } from './text-blocks';

export interface ExtractOptions {
  /** At most this many mentions of each kind (default 2,000). */
  maxPerKind?: number;
}

const DEFAULT_MAX_PER_KIND = 2000;

type LinkInput = Pick<PageLink, 'href' | 'text' | 'element'>;

/** A counter per kind that says no once a kind has reached its cap. */
function limiter(options: ExtractOptions): (kind: MentionKind) => boolean {
  const max = options.maxPerKind ?? DEFAULT_MAX_PER_KIND;
  const counts = new Map<MentionKind, number>();
  return (kind) => {
    const count = counts.get(kind) ?? 0;
    if (count >= max) return false;
    counts.set(kind, count + 1);
    return true;
  };
}

// Hosts whose links can name a commit or a message; other links skip URL parsing.
const LINK_HOSTS = /kernel\.org|github\.com|msgid\.link/i;

/** What a link's address names: a commit or a message. */
function linkData(href: string): MentionData | undefined {
  if (!LINK_HOSTS.test(href)) return undefined;
  return parseCommitUrl(href) ?? parseMsgidUrl(href);
}

function subjectKey(data: MentionData): string | undefined {
  if (data.kind === 'commit') return `commit:${data.sha}`;
  if (data.kind === 'msgid') return `msgid:${data.msgid}`;
  return undefined;
}

/** Makes a finder's fresh `data` into a mention, in place (no copy: this runs per mention). */
function toMention(data: MentionData, text: string, place?: Mention['place']): Mention {
  const mention = data as Mention;
  mention.text = text;
  if (place) mention.place = place;
  return mention;
}

function linkMention(link: LinkInput, data: MentionData): Mention {
  const text = link.text.replace(/\s+/g, ' ').trim() || link.href;
  return toMention(data, text, link.element && { element: link.element });
}

/** The links of an <a> met on the walk: those the caller gave for it, or its own href. */
function linksOf(element: Element, given: Map<Element, LinkInput[]> | undefined): LinkInput[] {
  if (given) return given.get(element) ?? [];
  const raw = element.getAttribute('href');
  if (!raw || !LINK_HOSTS.test(raw)) return [];
  let href = raw;
  try {
    if (!/^https?:/i.test(raw)) href = new URL(raw, element.baseURI).href;
  } catch {
    // Leave an href that does not resolve as written; it names nothing then.
  }
  // The text is read only for links that name something (textContent copies).
  return [{ href, get text() { return element.textContent ?? ''; }, element }];
}

interface Placed {
  index: number;
  offset: number;
  mention: Mention;
}

/**
 * Mentions in the text under `roots` and in `links` (by default every <a href> under the
 * roots). Text mentions are placed on a text node range, link mentions on the link element.
 */
export function extractMentions(roots: readonly Element[], links?: readonly LinkInput[], options: ExtractOptions = {}): Mention[] {
  const allow = limiter(options);
  const given = links && groupByElement(links);
  const metLinks = new Set<Element>();
  const mentions: Mention[] = [];
  collectBlocks(roots, (block) => {
    const placed = blockMentions(block, given);
    for (const link of block.links) metLinks.add(link.element);
    for (const { mention } of placed) if (allow(mention.kind)) mentions.push(mention);
  });
  // Links the caller gave that the walk did not meet (outside the roots, hidden, or without an element) come last.
  for (const link of links ?? []) {
    if (link.element && metLinks.has(link.element)) continue;
    const data = linkData(link.href);
    if (data && allow(data.kind)) mentions.push(linkMention(link, data));
  }
  return mentions;
}

function groupByElement(links: readonly LinkInput[]): Map<Element, LinkInput[]> {
  const map = new Map<Element, LinkInput[]>();
  for (const link of links) {
    if (!link.element) continue;
    const list = map.get(link.element);
    if (list) list.push(link);
    else map.set(link.element, [link]);
  }
  return map;
}

function blockMentions(block: TextBlock, given: Map<Element, LinkInput[]> | undefined): Placed[] {
  const placed: Placed[] = [];
  const linkKeys = new Map<Element, Set<string>>();
  for (const { element, nodeIndex } of block.links) {
    for (const link of linksOf(element, given)) {
      const data = linkData(link.href);
      if (!data) continue;
      const keys = linkKeys.get(element) ?? new Set<string>();
      linkKeys.set(element, keys.add(subjectKey(data)!));
      placed.push({ index: nodeIndex, offset: -1, mention: linkMention({ href: link.href, text: link.text, element }, data) });
    }
  }
  let ordered = placed.length === 0;
  const clipped = new Set<string>();
  if (/\S/.test(block.text)) {
    for (const found of findMentions(block.text)) {
      const place = placeIn(block, found.start, found.end);
      const anchor = block.anchors[place.index];
      const key = anchor && linkKeys.size > 0 ? subjectKey(found.data) : undefined;
      // A URL written as the text of a link to itself is already the link's mention.
      if (key && linkKeys.get(anchor!)?.has(key)) continue;
      // The block's copy of the node's text: reading node.data again would copy it from the DOM.
      const text = block.text.slice(found.end - (place.end - place.start), found.end);
      if (place.end - place.start !== found.end - found.start) {
        // Finders never repeat a range of one kind, but two ranges may clip to the same place.
        const placeKey = `${found.data.kind}|${place.index}|${place.start}|${place.end}`;
        if (clipped.has(placeKey)) continue;
        clipped.add(placeKey);
        ordered = false;
      }
      const mention = toMention(found.data, text, { node: place.node, start: place.start, end: place.end });
      placed.push({ index: place.index, offset: place.start, mention });
    }
  }
  // Links and mentions clipped to a later node may be out of order (Array#sort is stable).
  return ordered ? placed : placed.sort((a, b) => a.index - b.index || a.offset - b.offset);
}

/** Mentions in plain text (a mail body), in order, without places. */
export function extractMentionsFromText(text: string, options: ExtractOptions = {}): Mention[] {
  const allow = limiter(options);
  const mentions: Mention[] = [];
  for (const found of findMentions(text)) {
    if (allow(found.data.kind)) mentions.push(toMention(found.data, text.slice(found.start, found.end)));
  }
  return mentions;
}
