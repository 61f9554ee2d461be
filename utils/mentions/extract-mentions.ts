/**
 * Mentions in a page (text under root elements, and links) or in plain text (a mail body).
 * Each mention comes once per place, in document order; each kind is capped so a hostile
 * page stays bounded.
 */
import type { Mention, MentionData, MentionKind, PageLink } from '../types';
import { parseCommitUrl } from './commits';
import { findMentions } from './find-mentions';
import { kept } from './found';
import { parseMsgidUrl } from './msgids';
import { type BlockSink, nodeIndexAt, type TextBlock, walkBlocks } from './text-blocks';
import { oneLine } from './text-scan';

export interface ExtractOptions {
  /** At most this many mentions of each kind (default 2,000). */
  maxPerKind?: number;
  /**
   * Stop after the block in which the text read reaches this many characters: the
   * annotator's first pass over a long page reads its first screens only.
   */
  textBudget?: number;
  /** Likewise, stop after the block in which the mentions found reach this many. */
  mentionBudget?: number;
}

/** Mentions, and whether the whole text was read (false when the text budget stopped the walk). */
export interface Extracted {
  mentions: Mention[];
  complete: boolean;
}

const DEFAULT_MAX_PER_KIND = 2000;

type LinkInput = Pick<PageLink, 'href' | 'text' | 'element'>;

/** A counter per kind that says no once a kind has reached its cap. */
class Limiter {
  private readonly counts = new Map<MentionKind, number>();
  constructor(private readonly max: number) {}

  allow(kind: MentionKind): boolean {
    const count = this.counts.get(kind) ?? 0;
    if (count >= this.max) return false;
    this.counts.set(kind, count + 1);
    return true;
  }
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

/** A link; without `text`, its element's text (read only for links that name something: textContent copies). */
type LinkSource = Pick<LinkInput, 'href' | 'element'> & { text?: string };

function linkMention(link: LinkSource, data: MentionData): Mention {
  const text = oneLine(link.text ?? link.element?.textContent ?? '') || link.href;
  return toMention(data, text, link.element && kept({ element: link.element }));
}

/** The links of an <a> met on the walk: those the caller gave for it, or its own href. */
function linksOf(element: Element, given: Map<Element, LinkInput[]> | undefined): LinkSource[] {
  if (given) return given.get(element) ?? [];
  const raw = element.getAttribute('href');
  if (!raw || !LINK_HOSTS.test(raw)) return [];
  let href = raw;
  try {
    if (!/^https?:/i.test(raw)) href = new URL(raw, element.baseURI).href;
  } catch {
    // Leave an href that does not resolve as written; it names nothing then.
  }
  return [{ href, element }];
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
  return extractSome(roots, links, options).mentions;
}

/** As extractMentions, within `options.textBudget`: says whether the whole text was read. */
export function extractSome(roots: readonly Element[], links?: readonly LinkInput[], options: ExtractOptions = {}): Extracted {
  const extraction = new Extraction(options, links && groupByElement(links));
  walkBlocks(roots, extraction);
  const { limiter, metLinks, mentions } = extraction;
  // Stopped early, the links not met yet may still be met further on: they wait for the whole reading.
  if (extraction.full) return { mentions, complete: false };
  // Links the caller gave that the walk did not meet (outside the roots, hidden, or without an element) come last.
  for (const link of links ?? []) {
    if (link.element && metLinks.has(link.element)) continue;
    const data = linkData(link.href);
    if (data && limiter.allow(data.kind)) mentions.push(linkMention(link, data));
  }
  return { mentions, complete: true };
}

/** The mentions of a page, block by block as the walk makes them (a class: see BlockCollector). */
class Extraction implements BlockSink {
  readonly limiter: Limiter;
  readonly metLinks = new Set<Element>();
  readonly mentions: Mention[] = [];
  full = false;
  private readonly textBudget: number;
  private readonly mentionBudget: number;
  private read = 0;

  constructor(options: ExtractOptions, private readonly given: Map<Element, LinkInput[]> | undefined) {
    this.limiter = new Limiter(options.maxPerKind ?? DEFAULT_MAX_PER_KIND);
    this.textBudget = options.textBudget ?? Number.POSITIVE_INFINITY;
    this.mentionBudget = options.mentionBudget ?? Number.POSITIVE_INFINITY;
  }

  block(block: TextBlock): void {
    for (const link of block.links) this.metLinks.add(link.element);
    addBlockMentions(block, this.given, this.limiter, this.mentions);
    this.read += block.text.length;
    if (this.read >= this.textBudget || this.mentions.length >= this.mentionBudget) this.full = true;
  }
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

/** Adds a block's mentions (its links' first), in document order, to `out` as `limiter` allows. */
function addBlockMentions(block: TextBlock, given: Map<Element, LinkInput[]> | undefined, limiter: Limiter, out: Mention[]): void {
  const links: Placed[] = [];
  let linkKeys: Map<Element, Set<string>> | undefined;
  for (const { element, nodeIndex } of block.links) {
    for (const link of linksOf(element, given)) {
      const data = linkData(link.href);
      if (!data) continue;
      linkKeys ??= new Map();
      const keys = linkKeys.get(element) ?? new Set<string>();
      linkKeys.set(element, keys.add(subjectKey(data)!));
      links.push({ index: nodeIndex, offset: -1, mention: linkMention({ href: link.href, text: link.text, element }, data) });
    }
  }
  const texts: Placed[] = [];
  let clipped: Set<string> | undefined;
  if (/\S/.test(block.text)) {
    for (const found of findMentions(block.text)) {
      // Where the mention sits: see placeIn.
      const index = nodeIndexAt(block, found.end - 1);
      const nodeStart = block.starts[index]!;
      const start = Math.max(found.start, nodeStart) - nodeStart;
      const end = found.end - nodeStart;
      const anchor = block.anchors[index];
      // A URL written as the text of a link to itself is already the link's mention.
      if (anchor && linkKeys?.get(anchor)?.has(subjectKey(found.data)!)) continue;
      if (end - start !== found.end - found.start) {
        // Finders never repeat a range of one kind, but two ranges may clip to the same place.
        const placeKey = `${found.data.kind}|${index}|${start}|${end}`;
        clipped ??= new Set();
        if (clipped.has(placeKey)) continue;
        clipped.add(placeKey);
      }
      // The block's copy of the node's text: reading node.data again would copy it from the DOM.
      const text = block.text.slice(found.end - (end - start), found.end);
      texts.push({ index, offset: start, mention: toMention(found.data, text, kept({ node: block.nodes[index]!, start, end })) });
    }
  }
  // Mentions clipped to a later node may be out of order: then sort all (Array#sort is stable).
  if (clipped) {
    for (const { mention } of links.concat(texts).sort((a, b) => a.index - b.index || a.offset - b.offset)) {
      if (limiter.allow(mention.kind)) out.push(mention);
    }
    return;
  }
  // Else both lists are in order: each link goes before the text of the node it precedes.
  let l = 0;
  for (let t = 0; t <= texts.length; t += 1) {
    const text = texts[t];
    while (l < links.length && (!text || links[l]!.index <= text.index)) {
      const { mention } = links[l++]!;
      if (limiter.allow(mention.kind)) out.push(mention);
    }
    if (text && limiter.allow(text.mention.kind)) out.push(text.mention);
  }
}

/** The first `max` mentions of each kind (the cap one extraction applies), for mentions read in several extractions. */
export function capPerKind(mentions: readonly Mention[], max = DEFAULT_MAX_PER_KIND): Mention[] {
  const limiter = new Limiter(max);
  return mentions.filter((mention) => limiter.allow(mention.kind));
}

/** Mentions in plain text (a mail body), in order, without places. */
export function extractMentionsFromText(text: string, options: ExtractOptions = {}): Mention[] {
  const limiter = new Limiter(options.maxPerKind ?? DEFAULT_MAX_PER_KIND);
  const mentions: Mention[] = [];
  for (const found of findMentions(text)) {
    if (limiter.allow(found.data.kind)) mentions.push(toMention(found.data, text.slice(found.start, found.end)));
  }
  return mentions;
}
