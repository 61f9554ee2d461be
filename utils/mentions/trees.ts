/**
 * Named git trees: "linux-next" and any "<name>-next", the mm branches and "-mm", tip topic
 * branches ("tip/sched/core"), "next-YYYYMMDD" tags (linux-next), and short names that are
 * also ordinary words ("net", "mm", "tip", "bpf", …) only when written as a tree: "net tree",
 * "net.git". "Linus' tree" and "torvalds/linux.git" are `mainline`; the bare word "mainline"
 * is not a tree mention (it is an adjective or verb far more often than a name).
 */
import type { TreeMention } from '../types';
import { type Found, insideSpans } from './found';
import { allMatches } from './text-scan';
import type { UrlSpan } from './urls';

const CONTEXT_NAMES = new Set(
  'net mm tip bpf staging kvm rust drm drm-misc drm-intel drm-xe sound block usb tty driver-core char-misc pci pm acpi spi i2c input media iommu soc arm-soc vfs btrfs xfs ext4 nfs smb cifs crypto security stable'.split(' '),
);
const MAINLINE_OWNERS = /^(?:linus|torvalds)['’]s?$/i;
const TIP_TOPICS =
  'x86|sched|locking|perf|irq|timers|core|smp|ras|objtool|efi|cleanups|urgent|apic|asm|boot|build|cache|cpu|entry|fpu|microcode|platform|sev|sgx|tdx|vdso|mm';
const NOT_A_NEXT_TREE = /^(?:up|what|coming|gen)$/i;
// A name may not continue a word, a path or a host name.
const NOT_BEFORE = /[\w./-]/;
const WORD_CHAR = /[\w'’-]/;

// Each rule starts at a literal so the engine can skip ahead fast; names are read leftwards by hand.
const NEXT = /-next(?![\w/-])/gi;
const NEXT_TAG = /next-20\d{6}(?![\w-])/g;
const MM_BRANCH = /mm-(?:(?:nonmm-)?(?:un)?stable|(?:hotfixes|everything)(?:-(?:un)?stable)?)(?![\w-])/g;
const DASH_MM = /-mm(?![\w-])/g;
const TIP = new RegExp(String.raw`tip\/(?:(?:${TIP_TOPICS})(?:\/[\w-]+)?|[\w-]+\/[\w-]+)(?![\w/])`, 'gi');
const TORVALDS_LINUX = /torvalds\/linux(?:\.git)?(?![\w/-])/gi;
const AS_TREE = /\b(?:tree|branch)\b|\.git\b/gi;

function boundaryBefore(text: string, index: number): boolean {
  return index === 0 || !NOT_BEFORE.test(text[index - 1]!);
}

/** Start of the word ending at `end`: letters, digits, "-", "_" and apostrophes. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 40 && WORD_CHAR.test(text[start - 1]!)) start -= 1;
  return start;
}

/** Tree names in `text`, in order, skipping anything inside `urls`. */
export function findTrees(text: string, urls: readonly UrlSpan[] = []): Found<TreeMention>[] {
  const found: Found<TreeMention>[] = [];
  const add = (start: number, end: number, tree: string): void => {
    if (!insideSpans(urls, start)) found.push({ start, end, data: { kind: 'tree', tree } });
  };
  for (const match of allMatches(NEXT, text)) {
    const start = wordStart(text, match.index);
    const prefix = text.slice(start, match.index);
    if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/i.test(prefix) || NOT_A_NEXT_TREE.test(prefix) || !boundaryBefore(text, start)) continue;
    add(start, match.index + match[0].length, `${prefix}-next`.toLowerCase());
  }
  for (const rule of [NEXT_TAG, MM_BRANCH, TIP, TORVALDS_LINUX]) {
    const tree = rule === NEXT_TAG ? 'linux-next' : rule === MM_BRANCH ? 'mm' : rule === TIP ? 'tip' : 'mainline';
    for (const match of allMatches(rule, text)) {
      if (boundaryBefore(text, match.index)) add(match.index, match.index + match[0].length, tree);
    }
  }
  for (const match of allMatches(DASH_MM, text)) {
    if (match.index === 0 || /[\s(]/.test(text[match.index - 1]!)) add(match.index, match.index + 3, 'mm');
  }
  for (const match of allMatches(AS_TREE, text)) {
    // "<name>.git", "<name> tree", "<name> git tree", "<name> branch": find where <name> ends.
    let nameEnd = match.index;
    if (match[0] !== '.git') {
      const before = /(?:^|\s)(?:git\s+)?$/.exec(text.slice(Math.max(0, match.index - 12), match.index));
      if (!before || before[0] === '') continue;
      nameEnd = match.index - before[0].length;
    }
    const start = wordStart(text, nameEnd);
    const name = text.slice(start, nameEnd);
    if (start === nameEnd || !boundaryBefore(text, start)) continue;
    if (CONTEXT_NAMES.has(name.toLowerCase())) add(start, nameEnd, name.toLowerCase());
    // "Linus' tree", "Linus Torvalds' git tree"
    else if (MAINLINE_OWNERS.test(name) && match[0] !== '.git') add(start, match.index + match[0].length, 'mainline');
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
