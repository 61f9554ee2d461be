/**
 * Mail subjects of patches and pull requests: "Re: [PATCH v3 2/7] rust: add foo",
 * "[GIT PULL] Rust for 6.1", "[PATCH 6.1 001/200] …" (stable review), "[f2fs-dev] [PATCH] …".
 */
import type { PatchSubject } from '../types';
import { type Found, kept } from './found';
import { isAsciiWordCode } from './text-scan';

const REPLY_PREFIX = /^\s*(?:(re|aw|sv|antw|odp)(?:\[\d+\])?|(fwd?|fw))\s*:\s*/i;
const BRACKETS = /^\s*\[([^\][]*)\]/;
const INDEX = /^(\d{1,4})\/(\d{1,4})$/;
const VERSION = /^v(\d{1,3})$/i;
const GLUED_VERSION = /^(PATCH|RFC)v(\d{1,3})$/i;

/** Splits a subject into its reply markers, bracketed prefixes and the subject proper. */
export function parsePatchSubject(raw: string): PatchSubject {
  const result: PatchSubject = { raw, subject: '', isReply: false, tags: [] };
  let rest = raw;
  for (;;) {
    const reply = REPLY_PREFIX.exec(rest);
    if (reply) {
      if (reply[1]) result.isReply = true;
      rest = rest.slice(reply[0].length);
      continue;
    }
    const bracket = BRACKETS.exec(rest);
    if (!bracket) break;
    readPrefix(bracket[1]!, result);
    rest = rest.slice(bracket[0].length);
  }
  result.subject = rest.trim();
  return result;
}

function readPrefix(inside: string, result: PatchSubject): void {
  const words = inside.split(/[\s,]+/).filter((word) => word !== '');
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const index = INDEX.exec(word);
    const version = VERSION.exec(word) ?? GLUED_VERSION.exec(word);
    if (index) {
      result.index = Number(index[1]);
      result.total = Number(index[2]);
    } else if (version) {
      result.version = Number(version.at(-1));
      if (version.length === 3) result.tags.push(version[1]!.toUpperCase());
    } else if (word.toUpperCase() === 'GIT' && words[i + 1]?.toUpperCase() === 'PULL') {
      result.tags.push('GIT PULL');
      i += 1;
    } else {
      result.tags.push(word.toUpperCase());
    }
  }
}

// A bracket naming a patch, pull request or announcement, then more brackets; run from each "[".
const BRACKETS_AT = /\[[^\][\n]{0,80}?\b(?:PATCH(?:v\d+)?|RFC|GIT PULL|PULL|ANNOUNCE)\b[^\][\n]{0,80}\](?:\s*\[[^\][\n]{1,60}\])*[ \t]*/iy;
// Before the bracket: reply markers ("Re: Fwd: "), and before them an opening quote.
const REPLY_WORDS = new Set(['re', 'fwd', 'fw', 'aw']);
const SPACE = /\s/;
const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', "'": "'", '«': '»' };
const MAX_SUBJECT = 200;

/**
 * Where the subject whose bracket opens at `bracket` starts: at the reply markers right before
 * it ("Re: Fwd: "), each a whole word, but not before `floor`.
 */
function markersStart(text: string, bracket: number, floor: number): number {
  let start = bracket;
  for (;;) {
    let colon = start;
    while (colon > floor && SPACE.test(text[colon - 1]!)) colon -= 1;
    if (colon <= floor || text.charCodeAt(colon - 1) !== 58) return start; // ":"
    let word = colon - 1;
    while (word > 0 && isAsciiWordCode(text.charCodeAt(word - 1))) word -= 1;
    if (word < floor || !REPLY_WORDS.has(text.slice(word, colon - 1).toLowerCase())) return start;
    start = word;
  }
}

/**
 * Patch subjects quoted in prose or listed one per line, in order: reply markers, a bracket
 * naming a patch, pull request or announcement, more brackets, then the subject.
 */
export function findPatchSubjects(text: string): Found<{ kind: 'patch'; subject: PatchSubject }>[] {
  const found: Found<{ kind: 'patch'; subject: PatchSubject }>[] = [];
  let taken = 0;
  // Where the previous bracket run ended: markers and quotes before it belong to no later subject.
  let floor = 0;
  for (let bracket = text.indexOf('['); bracket >= 0; bracket = text.indexOf('[', bracket + 1)) {
    BRACKETS_AT.lastIndex = bracket;
    if (!BRACKETS_AT.test(text)) continue;
    const from = BRACKETS_AT.lastIndex;
    const start = markersStart(text, bracket, floor);
    const quote = start > floor && text[start - 1]! in CLOSING_QUOTE ? text[start - 1]! : '';
    floor = from;
    bracket = from - 1;
    // A bracket inside the subject just found ("[GIT PULL] x [PATCH] y") starts no other one.
    if (start < taken) continue;
    const window = text.slice(from, from + MAX_SUBJECT);
    let length: number;
    if (quote) {
      const close = window.indexOf(CLOSING_QUOTE[quote]!);
      length = close >= 0 ? close : -1;
    } else {
      // Unquoted: up to the end of the line or of the sentence.
      const stop = /\n|[.!?](?=\s|$)/.exec(window);
      length = stop ? stop.index : window.length;
    }
    const newline = window.indexOf('\n');
    if (length < 0 || (newline >= 0 && newline < length)) continue;
    const subjectText = window.slice(0, length).trimEnd();
    if (subjectText.length < 2) continue;
    const end = from + subjectText.length;
    taken = end;
    found.push({ start, end, data: kept({ kind: 'patch', subject: parsePatchSubject(text.slice(start, end)) }) });
  }
  return found;
}
