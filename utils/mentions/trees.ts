/**
 * Named git trees: "linux-next" and any "<name>-next", the mm branches and "-mm", tip topic
 * branches ("tip/sched/core"), "next-YYYYMMDD" tags (linux-next), and short names that are
 * also ordinary words ("net", "mm", "tip", "bpf", …) only when written as a tree: "net tree",
 * "net.git". "Linus' tree" and "torvalds/linux.git" are `mainline`; the bare word "mainline"
 * is not a tree mention (it is an adjective or verb far more often than a name).
 */
import type { TreeMention } from '../types';
import { type Found, insideSpans, kept } from './found';
import { isAsciiWordCode } from './text-scan';
import type { UrlSpan } from './urls';

const CONTEXT_NAMES = new Set(
  'net mm tip bpf staging kvm rust drm drm-misc drm-intel drm-xe sound block usb tty driver-core char-misc pci pm acpi spi i2c input media iommu soc arm-soc vfs btrfs xfs ext4 nfs smb cifs crypto security stable'.split(' '),
);
const MAINLINE_OWNERS = /^(?:linus|torvalds)['’]s?$/i;
const TIP_TOPICS =
  'x86|sched|locking|perf|irq|timers|core|smp|ras|objtool|efi|cleanups|urgent|apic|asm|boot|build|cache|cpu|entry|fpu|microcode|platform|sev|sgx|tdx|vdso|mm';
const NOT_A_NEXT_TREE = /^(?:up|what|coming|gen)$/i;
const NEXT_PREFIX = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/i;
const GIT_BEFORE = /(?:^|\s)(?:git\s+)?$/;

// Each rule starts at a literal so the engine can skip ahead fast; names are read leftwards by hand.
// The first four have a "-" a fixed way in: one scan for such dashes drives them (sticky).
const NEXT = /-next(?![\w/-])/iy;
const NEXT_TAG = /next-20\d{6}(?![\w-])/y;
const MM_BRANCH = /mm-(?:(?:nonmm-)?(?:un)?stable|(?:hotfixes|everything)(?:-(?:un)?stable)?)(?![\w-])/y;
const DASH_MM = /-mm(?![\w-])/y;
const DASH = /-(?=next|mm|20\d{6}|(?:nonmm-)?(?:un)?stable|hotfixes|everything)/gi;
// The dash rules, and how far in each has its dash.
const DASH_RULES = [NEXT, NEXT_TAG, MM_BRANCH, DASH_MM];
const DASH_OFFSETS = [0, 4, 2, 0];
// "tip/…" and "torvalds/linux": one scan for where either may start drives both (sticky).
const TIP = new RegExp(String.raw`tip\/(?:(?:${TIP_TOPICS})(?:\/[\w-]+)?|[\w-]+\/[\w-]+)(?![\w/])`, 'iy');
const TORVALDS_LINUX = /torvalds\/linux(?:\.git)?(?![\w/-])/iy;
const TIP_OR_TORVALDS = /t(?=ip\/|orvalds\/)/gi;
const AS_TREE = /\b(?:tree|branch)\b|\.git\b/gi;

/** [\w-] */
function isWordCode(code: number): boolean {
  return isAsciiWordCode(code) || code === 45;
}

/** A name may not continue a word, a path or a host name. */
function boundaryBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  return index === 0 || !(isWordCode(code) || code === 46 || code === 47); // . /
}

/** Start of the word ending at `end`: letters, digits, "-", "_" and apostrophes. */
function wordStart(text: string, end: number): number {
  let start = end;
  for (; start > 0 && end - start < 40; start -= 1) {
    const code = text.charCodeAt(start - 1);
    if (!(isWordCode(code) || code === 39 || code === 0x2019)) break;
  }
  return start;
}

function add(found: Found<TreeMention>[], urls: readonly UrlSpan[], start: number, end: number, tree: string): void {
  if (!insideSpans(urls, start)) found.push({ start, end, data: kept({ kind: 'tree', tree }) });
}

/** Tree names in `text`, in order, skipping anything inside `urls`. */
export function findTrees(text: string, urls: readonly UrlSpan[] = []): Found<TreeMention>[] {
  const found: Found<TreeMention>[] = [];
  // Where each dash rule's last match ended: its next match starts at or after it.
  const floors = [0, 0, 0, 0];
  DASH.lastIndex = 0;
  while (DASH.test(text)) {
    const at = DASH.lastIndex - 1;
    for (let r = 0; r < 4; r += 1) {
      const rule = DASH_RULES[r]!;
      const start = at - DASH_OFFSETS[r]!;
      if (start < floors[r]!) continue;
      rule.lastIndex = start;
      if (!rule.test(text)) continue;
      const end = (floors[r] = rule.lastIndex);
      if (rule === NEXT) {
        const nameStart = wordStart(text, at);
        const prefix = text.slice(nameStart, at);
        if (NEXT_PREFIX.test(prefix) && !NOT_A_NEXT_TREE.test(prefix) && boundaryBefore(text, nameStart)) add(found, urls, nameStart, end, `${prefix}-next`.toLowerCase());
      } else if (rule === DASH_MM) {
        if (at === 0 || /[\s(]/.test(text[at - 1]!)) add(found, urls, at, end, 'mm');
      } else if (boundaryBefore(text, start)) add(found, urls, start, end, rule === NEXT_TAG ? 'linux-next' : 'mm');
    }
  }
  let tipFloor = 0;
  let torvaldsFloor = 0;
  TIP_OR_TORVALDS.lastIndex = 0;
  while (TIP_OR_TORVALDS.test(text)) {
    const index = TIP_OR_TORVALDS.lastIndex - 1;
    const tip = (text.charCodeAt(index + 1) | 32) === 105; // "i"
    if (index < (tip ? tipFloor : torvaldsFloor)) continue;
    const rule = tip ? TIP : TORVALDS_LINUX;
    rule.lastIndex = index;
    if (!rule.test(text)) continue;
    if (tip) tipFloor = rule.lastIndex;
    else torvaldsFloor = rule.lastIndex;
    if (boundaryBefore(text, index)) add(found, urls, index, rule.lastIndex, tip ? 'tip' : 'mainline');
  }
  AS_TREE.lastIndex = 0;
  for (let match = AS_TREE.exec(text); match; match = AS_TREE.exec(text)) {
    // "<name>.git", "<name> tree", "<name> git tree", "<name> branch": find where <name> ends.
    const { index, 0: whole } = match;
    let nameEnd = index;
    if (whole !== '.git') {
      const before = GIT_BEFORE.exec(text.slice(Math.max(0, index - 12), index));
      if (!before || before[0] === '') continue;
      nameEnd = index - before[0].length;
    }
    const start = wordStart(text, nameEnd);
    const name = text.slice(start, nameEnd);
    if (start === nameEnd || !boundaryBefore(text, start)) continue;
    const lower = name.toLowerCase();
    if (CONTEXT_NAMES.has(lower)) add(found, urls, start, nameEnd, lower);
    // "Linus' tree", "Linus Torvalds' git tree"
    else if (MAINLINE_OWNERS.test(name) && whole !== '.git') add(found, urls, start, AS_TREE.lastIndex, 'mainline');
  }
  return withoutOverlaps(found);
}

/** Sorted by start; of overlapping matches the first, longest one ("mm-unstable", not "-unstable"). */
function withoutOverlaps(found: Found<TreeMention>[]): Found<TreeMention>[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found<TreeMention>[] = [];
  let keptEnd = -1;
  for (const item of found) {
    if (item.start < keptEnd) continue;
    kept.push(item);
    keptEnd = item.end;
  }
  return kept;
}
