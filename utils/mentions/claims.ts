/**
 * Claims: a sentence that ties something to a version or a tree with a verb phrase —
 * "queued for Linux 5.14", "was merged in Linux 6.1", "lands in Linux-Next", "sent in the pull
 * request for Linux 7.0", "submitted for 6.2", "make it mainline for 5.13".
 * Rules: the cue nearest before the target decides the claim; between them at most five words
 * and a preposition ("for", "in", "into", "to", …), or nothing for verbs that take the target
 * directly ("hitting Linux-Next"). "merged into <tree>" other than mainline is `lands`: the
 * code reached a tree, not a release. A negation before the cue in its clause ("does not mean
 * we will make it into mainline") or a question drops the claim; "will", "should", "if", …
 * make it `expected`, never `merged`.
 */
import type { ClaimMention, TreeMention, VersionMention } from '../types';
import { type Found, insideSpans, kept, mergeByStart } from './found';
import { oneLine, readSpans, readWordsBefore, wordBefore } from './text-scan';
import type { UrlSpan } from './urls';

type Claim = ClaimMention['claim'];
type Target = Found<VersionMention> | Found<TreeMention>;

// Cue words and the claim each makes; `direct` cues take their target without a preposition
// ("hitting Linux-Next"). Two-word cues are keyed "first second".
const CUES = new Map<string, { claim: Claim; direct: boolean }>();
// First words of the two-word cues, so most word pairs need no lookup.
const PAIR_FIRST = new Set<string>();
for (const [claim, direct, words] of [
  ['pull-request', false, 'pull request|pull requests|git pull'],
  ['queued', false, 'queue|queues|queued|queued up|staged|picked up|applied'],
  ['merged', false, 'merged|mainlined|upstreamed|pulled|merge|merging'],
  ['lands', false, 'land|lands|landed|landing|appear|appears|appeared|appearing|arrive|arrives|arrived|arriving|made it'],
  ['lands', true, 'hit|hits|hitting|reach|reaches|reached|reaching|enter|enters|entered|entering|now in'],
  ['submitted', false, 'submit|submits|submitting|submitted|sent|posted|proposed'],
  ['expected', false, 'expected|slated|planned|poised|on track|in time|make it|making it'],
  ['expected', true, 'aim|aims|aimed|aiming|target|targets|targeted|targeting'],
] as const) {
  for (const word of words.split('|')) {
    CUES.set(word, { claim, direct });
    if (word.includes(' ')) PAIR_FIRST.add(word.split(' ')[0]!);
  }
}
const MAX_CUE_WORDS = 14;
// What may sit between a preposition and its target ("for the upcoming Linux 6.2"), and the
// prepositions PREP_GAP accepts.
const GAP_FILLERS = new Set(['the', 'upcoming', 'next', 'new', 'ongoing', 'current', 'coming', 'forthcoming', 'linux', 'kernel']);
const GAP_PREPOSITIONS = new Set(['for', 'in', 'into', 'to', 'with', 'by', 'onto', 'during', 'until', 'of']);
const PREP_GAP =
  /^(?:\s+(?!(?:and|but|while|which|that|because|although|though|so|or|when|where|whereas|then)\b)[\w'’-]+){0,5}?\s+(?:for|in|into|to|with|by|onto|during|until|ahead\s+of|as\s+part\s+of)\s+(?:the\s+)?(?:(?:upcoming|next|new|ongoing|current|coming|forthcoming)\s+)?(?:linux\s+)?(?:kernel\s+)?$/i;
const DIRECT_GAP = /^\s+(?:the\s+)?(?:(?:upcoming|next|new|ongoing|current)\s+)?(?:linux\s+)?(?:kernel\s+)?$/i;
const NEGATION =
  /\b(?:not|never|no\s+longer|yet\s+to|unlikely|unclear|uncertain|without|nor|neither|fail(?:s|ed)?\s+to|instead\s+of|rather\s+than)\b|n['’]t\b/i;
const UNCERTAIN =
  /\b(?:if|whether|once|will|would|could|should|may|might|can|hopes?|hoped|hoping|plans?|planned|aims?|aiming|likely|possibly|perhaps|maybe|set\s+to|going\s+to)\b|['’]ll\b/i;
const MAINLINE = /\bmainline\b/gi;
const MAX_SENTENCE = 400;
const MAX_CLAUSE = 200;

function isSentenceEnd(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 33 || code === 63) return true; // ! ?
  if (code === 46) return i + 1 >= text.length || text.charCodeAt(i + 1) <= 32; // "." then space
  return code === 10 && text.charCodeAt(i + 1) === 10; // blank line
}

/** Where the sentence holding `pos` starts, looking back at most `limit` characters. */
function sentenceStart(text: string, pos: number, limit: number): number {
  let from = pos;
  while (from > 0 && pos - from < limit && !isSentenceEnd(text, from - 1)) from -= 1;
  return from;
}

/** Where the sentence holding `pos` ends (after its full stop), looking at most `limit` ahead. */
function sentenceEnd(text: string, pos: number, limit: number): number {
  let to = pos;
  while (to < text.length && to - pos < limit && !isSentenceEnd(text, to)) to += 1;
  return Math.min(to + 1, text.length);
}

/**
 * The cue nearest before `pos`, reached over words and spaces only (a gap has no punctuation).
 * Most targets have none: unless the first word before them (past "the", "Linux", …) is a
 * preposition or a cue, the search stops there. Words are read (and lower-cased) as needed.
 */
function cueBefore(text: string, pos: number): { start: number; end: number; claim: Claim; direct: boolean } | undefined {
  readWordsBefore(text, pos);
  let w = 0;
  let current = wordBefore(0, MAX_CUE_WORDS);
  while (current !== undefined && GAP_FILLERS.has(current)) current = wordBefore((w += 1), MAX_CUE_WORDS);
  if (current === undefined || !(GAP_PREPOSITIONS.has(current) || CUES.has(current))) return undefined;
  for (; current !== undefined; current = wordBefore((w += 1), MAX_CUE_WORDS)) {
    const next = wordBefore(w + 1, MAX_CUE_WORDS);
    const pair = next !== undefined && PAIR_FIRST.has(next) ? CUES.get(`${next} ${current}`) : undefined;
    if (pair) return { start: readSpans[w * 2 + 2]!, end: readSpans[w * 2 + 1]!, ...pair };
    const single = CUES.get(current);
    // "merge window" is a time, not a merge.
    if (single && !(current === 'merge' && w > 0 && wordBefore(w - 1, MAX_CUE_WORDS) === 'window')) {
      return { start: readSpans[w * 2]!, end: readSpans[w * 2 + 1]!, ...single };
    }
  }
  return undefined;
}

/** Claims in `text` about the given versions and trees (and the word "mainline"), in order. */
export function findClaims(
  text: string,
  versions: readonly Found<VersionMention>[],
  trees: readonly Found<TreeMention>[],
  urls: readonly UrlSpan[] = [],
): Found<ClaimMention>[] {
  const mainline: Target[] = [];
  MAINLINE.lastIndex = 0;
  while (MAINLINE.test(text)) {
    const end = MAINLINE.lastIndex;
    if (!insideSpans(urls, end - 8)) mainline.push({ start: end - 8, end, data: { kind: 'tree', tree: 'mainline' } });
  }
  const targets = mergeByStart<Target>([versions, trees, mainline]);
  const found: Found<ClaimMention>[] = [];
  for (const target of targets) {
    const claim = claimFor(text, target);
    if (claim) found.push(claim);
  }
  return found;
}

function claimFor(text: string, target: Target): Found<ClaimMention> | undefined {
  const cue = cueBefore(text, target.start);
  if (!cue) return undefined;
  const gap = text.slice(cue.end, target.start);
  if (!PREP_GAP.test(gap) && !(cue.direct && DIRECT_GAP.test(gap))) return undefined;
  const from = sentenceStart(text, cue.start, MAX_SENTENCE);
  const sentence = text.slice(from, sentenceEnd(text, target.end, MAX_SENTENCE));
  if (sentence.trimEnd().endsWith('?')) return undefined;
  const clauseFrom = Math.max(from, cue.start - MAX_CLAUSE);
  const clauseStart = Math.max(clauseFrom, lastClauseMark(text, clauseFrom, cue.start) + 1);
  const before = text.slice(clauseStart, cue.start);
  if (NEGATION.test(before) || NEGATION.test(gap)) return undefined;
  const data: ClaimMention = { kind: 'claim', claim: UNCERTAIN.test(before) ? 'expected' : cue.claim, sentence: oneLine(sentence) };
  if (target.data.kind === 'version') data.version = target.data.version;
  else {
    data.tree = target.data.tree;
    if (data.claim === 'merged' && data.tree !== 'mainline') data.claim = 'lands';
  }
  return { start: cue.start, end: target.end, data: kept(data) };
}

/** The last clause mark (`,;:—(`) in text[from, to), or -1. */
function lastClauseMark(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 59 || code === 58 || code === 0x2014 || code === 40) return i;
  }
  return -1;
}
