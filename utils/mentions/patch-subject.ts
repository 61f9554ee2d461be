/**
 * Mail subjects of patches and pull requests: "Re: [PATCH v3 2/7] rust: add foo",
 * "[GIT PULL] Rust for 6.1", "[PATCH 6.1 001/200] …" (stable review), "[f2fs-dev] [PATCH] …".
 */
import type { PatchSubject } from '../types';
import type { Found } from './found';
import { allMatches } from './text-scan';

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

// A bracket naming a patch, pull request or announcement, then more brackets, then the subject.
const QUOTED_SUBJECT =
  /(["“'«]?)((?:\b(?:Re|RE|Fwd|FWD|Fw|Aw|AW):\s*)*\[[^\][\n]{0,80}?\b(?:PATCH(?:v\d+)?|RFC|GIT PULL|PULL|ANNOUNCE)\b[^\][\n]{0,80}\](?:\s*\[[^\][\n]{1,60}\])*[ \t]*)/gi;
const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', "'": "'", '«': '»' };
const MAX_SUBJECT = 200;

/** Patch subjects quoted in prose or listed one per line, in order. */
export function findPatchSubjects(text: string): Found<{ kind: 'patch'; subject: PatchSubject }>[] {
  const found: Found<{ kind: 'patch'; subject: PatchSubject }>[] = [];
  if (!text.includes('[')) return found;
  let taken = 0;
  for (const match of allMatches(QUOTED_SUBJECT, text)) {
    const quote = match[1]!;
    const start = match.index + quote.length;
    // A bracket inside the subject just found ("[GIT PULL] x [PATCH] y") starts no other one.
    if (start < taken) continue;
    const from = match.index + match[0].length;
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
    found.push({ start, end, data: { kind: 'patch', subject: parsePatchSubject(text.slice(start, end)) } });
  }
  return found;
}
