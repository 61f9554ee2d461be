/**
 * Kernel versions in prose. A number that looks like a version is one when:
 * 1. it is a real kernel series: 1.0–1.3, 2.0–2.6 (2.6.N[.M]), or 3.0–8.29 (minors past the
 *    last release are kept: a resolver answers "unknown" for 5.21); and
 * 2. the word before it is not another product ("Mesa 21.0", "rustc 1.62", "Rocky Linux 9.2",
 *    "XNU kernel 8.0"): anything but a kernel word, a determiner, adjective, verb or
 *    preposition from version-words.ts counts as a product; and
 * 3. something says it is the kernel's:
 *    - "Linux"/"kernel" before it ("Linux 5.13", "Linux kernel version 5.10"), or
 *    - "kernel", "merge window" or "LTS" after it, or an "-rcN" suffix ("the 6.1 kernel",
 *      "a 6.2-based kernel", "the 7.0 merge window", "6.1-rc3"); 1.x and 2.x need one of
 *      these two, or
 *    - it continues a list that began with a version ("Linux 5.10, 5.15 and 6.1"), or
 *    - "vX.Y" in a clause that mentions Linux or the kernel, or
 *    - a bare number after a preposition in a clause about the kernel ("make it mainline for
 *      5.13 or another kernel release"; see KERNEL_CLAUSE) that names no other product.
 * Measurements ("4.2 GHz", "3.5%"), prices, IP addresses, dates and URLs never match.
 */
import type { VersionMention } from '../types';
import { type Found, insideSpans, kept } from './found';
import { clauseAround, isAsciiWordCode, readWordsBefore, wordBefore } from './text-scan';
import type { UrlSpan } from './urls';
import {
  DISTROS_BEFORE_LINUX, KERNEL_CLAUSE, NEUTRAL, OTHER_KERNELS, PREPOSITIONS, PRODUCT_CLAUSE, TRANSPARENT,
  UNIT_AFTER,
} from './version-words';

// Starts at a digit so the engine can skip ahead fast; a "v" and what may not precede the
// number (a word, a dot, a currency sign, a path) are checked by hand (see startOf). Only a
// major 1–8 can be a kernel's, and one after a digit or a dot never is: neither is matched.
const CANDIDATE =
  /(?<![\d.])([1-8])\.(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?(?:-[rR][cC](\d{1,3}))?(?:\.([xyXY]))?(?![\w%]|[.,/-]\d|\.[a-zA-Z])/g;
const NOT_BEFORE = '.$€£¥#@/\\:+~-'; // and \w
// After the number: "merge window" (1), "LTS" (2), or "kernel" ("6.1-based LTS kernel").
const KERNEL_AFTER = /^(?:(\s+merge[\s-]+window\b)|(\s*-?\s*LTS\b)|(?:-based)?\s+(?:LTS\s+)?(?:linux\s+)?kernels?\b)/i;
const LIST_GAP = /^(?:\s+LTS\b)?(?:\s*,\s*(?:and\s+|or\s+)?|\s*,?\s+(?:and|or|to|through|thru|vs\.?|versus|&)\s+|\s*[–—]\s*)(?:linux\s+)?$/i;
const LINUX_CLAUSE = /\blinux\b/i;

interface Parsed {
  version: string;
  series: string;
  old: boolean;
  rc: boolean;
}

/** `v6.1-rc3` → version `6.1-rc3`, series `6.1`; undefined when it is no kernel series. */
export function parseKernelVersion(token: string): { version: string; series: string } | undefined {
  const trimmed = token.trim().replace(/^v/i, '');
  CANDIDATE.lastIndex = 0;
  const match = CANDIDATE.exec(trimmed);
  if (!match || match.index !== 0 || match[0].length !== trimmed.length) return undefined;
  const parsed = parse(match);
  return parsed && { version: parsed.version, series: parsed.series };
}

/** Where the mention starts (at a "v" before the digits), or -1 when the number is part of something else. */
function startOf(text: string, index: number): number {
  let start = index;
  const before = text[start - 1];
  if (before === 'v' || before === 'V') start -= 1;
  return start > 0 && (isAsciiWordCode(text.charCodeAt(start - 1)) || NOT_BEFORE.includes(text[start - 1]!)) ? -1 : start;
}

/** A part as a number; NaN for a leading zero ("5.09"), undefined when absent. */
function num(part: string | undefined): number | undefined {
  if (part === undefined) return undefined;
  return part.length > 1 && part.charCodeAt(0) === 48 ? NaN : Number(part);
}

// Most numbers on a page are no version: the major alone rules them out, so check it first.
function parse(match: RegExpMatchArray): Parsed | undefined {
  const majorText = match[1]!;
  if (majorText.length !== 1 || majorText < '1' || majorText > '8') return undefined;
  const major = Number(majorText);
  const minor = num(match[2]);
  const third = num(match[3]);
  const fourth = num(match[4]);
  const rc = num(match[5]);
  const suffixed = rc !== undefined || match[6] !== undefined;
  if (minor === undefined || Number.isNaN(minor) || Number.isNaN(third) || Number.isNaN(fourth) || Number.isNaN(rc)) return undefined;
  if ((third !== undefined && third > 999) || (rc !== undefined && (rc < 1 || rc > 20))) return undefined;
  let series = `${major}.${minor}`;
  if (major === 2 && minor === 6) {
    if (third !== undefined) series = `2.6.${third}`;
    if (suffixed && (third === undefined || fourth !== undefined)) return undefined;
  } else {
    const maxMinor = major === 1 ? 3 : major === 2 ? 5 : 29;
    if (minor > maxMinor || fourth !== undefined || (suffixed && third !== undefined)) return undefined;
  }
  let version = third === undefined ? series : `${major}.${minor}.${third}`;
  if (fourth !== undefined) version += `.${fourth}`;
  if (rc !== undefined) version += `-rc${rc}`;
  return { version, series, old: major < 3, rc: rc !== undefined };
}

type Prefix = 'kernel' | 'none' | 'preposition' | 'neutral' | 'product';

/** What the (up to four) words before `pos` say about the number there; words are read as needed. */
function prefixOf(text: string, pos: number): Prefix {
  readWordsBefore(text, pos);
  let i = 0;
  while (wordBefore(i + 1, 4) !== undefined && TRANSPARENT.has(wordBefore(i, 4)!)) i += 1;
  const word = wordBefore(i, 4);
  if (word === undefined) return 'none';
  const before = wordBefore(i + 1, 4);
  if (word === 'linux') return before && DISTROS_BEFORE_LINUX.has(before) ? 'product' : 'kernel';
  if (word === 'kernel' || word === 'kernels') return before && OTHER_KERNELS.has(before) ? 'product' : 'kernel';
  if (TRANSPARENT.has(word)) return 'neutral';
  if (PREPOSITIONS.has(word)) return 'preposition';
  if (NEUTRAL.has(word) || /(?:['’]s|s['’])$/.test(word)) return 'neutral';
  return 'product';
}

/** A number that parsed as a kernel series, with what its surroundings say. */
interface Candidate {
  start: number;
  end: number;
  hasV: boolean;
  parsed: Parsed;
  prefix: Prefix;
  kernelAfter: boolean;
}

/** Kernel versions in `text`, in order, skipping anything inside `urls`. */
export function findVersions(text: string, urls: readonly UrlSpan[] = []): Found<VersionMention>[] {
  const found: Found<VersionMention>[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const start = startOf(text, match.index);
    const end = match.index + match[0].length;
    if (start < 0 || insideSpans(urls, start)) continue;
    const parsed = parse(match);
    if (!parsed) continue;
    const after = text.slice(end, end + 24);
    if (UNIT_AFTER.test(after)) continue;
    const prefix = prefixOf(text, start);
    if (prefix === 'product') continue;
    const kernel = KERNEL_AFTER.exec(after);
    const mergeWindow = kernel?.[1] !== undefined;
    const lts = kernel?.[2] !== undefined;
    const kernelAfter = kernel !== null;
    // Rule 3; "Linux" or "kernel" around the number says it at once (most numbers on kernel pages).
    if (!(prefix === 'kernel' || kernelAfter) && !isKernelVersion(text, { start, end, hasV: start < match.index, parsed, prefix, kernelAfter }, found.at(-1))) continue;
    const data: VersionMention = { kind: 'version', version: parsed.version, series: parsed.series };
    if (mergeWindow) data.context = 'merge-window';
    else if (lts) data.context = 'lts';
    found.push({ start, end, data: kept(data) });
  }
  return found;
}

/** Rule 3 of the header comment. */
function isKernelVersion(text: string, candidate: Candidate, previous: Found<VersionMention> | undefined): boolean {
  const { start, end, hasV, parsed, prefix, kernelAfter } = candidate;
  if (prefix === 'kernel' || kernelAfter) return true;
  if (parsed.old) return false;
  if (parsed.rc) return true;
  if (previous && start - previous.end < 24 && LIST_GAP.test(text.slice(previous.end, start))) return true;
  if (!hasV && prefix !== 'preposition') return false;
  const clause = clauseAround(text, start, end);
  if (PRODUCT_CLAUSE.test(clause)) return false;
  return KERNEL_CLAUSE.test(clause) || (hasV && LINUX_CLAUSE.test(clause));
}
