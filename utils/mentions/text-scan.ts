/** Small backward/forward scans over text, each bounded so a finder stays linear. */

const MAX_LOOK = 160;

/** [A-Za-z0-9_]: a character of `\w`. */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || code === 45 || code === 43 || code === 46 || code === 39 || code === 0x2019 || // _ - + . ' ’
    (code >= 0xc0 && code <= 0x24f) // Latin letters with accents
  );
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

// The words read by wordBefore, right before `readPos` in `readText`, nearest first. Words are
// separated by spaces only: reading stops at punctuation, at a word ending in "." (a sentence
// end), and after MAX_LOOK characters. Module state, reused: this runs for every candidate.
let readText = '';
let readPos = 0;
let readAt = 0;
let readCount = 0;
let readDone = false;
/** [start, end] of each word read so far (the first `2 × words read` entries count). */
export const readSpans: number[] = [];
const readWords: string[] = [];

/** Starts reading the words right before `pos`, one by one with wordBefore. */
export function readWordsBefore(text: string, pos: number): void {
  readText = text;
  readPos = readAt = pos;
  readCount = 0;
  readDone = false;
}

/** Reads one more word, or finds there is none. */
function readWord(): void {
  const text = readText;
  let j = readAt;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j -= 1;
  let k = j;
  while (k > 0 && j - k < MAX_LOOK && isWordCode(text.charCodeAt(k - 1))) k -= 1;
  // Too far, no space after a word, no word, or one ending in ".": no more words.
  if (readPos - readAt >= MAX_LOOK || (j === readAt && readCount > 0) || k === j || text.charCodeAt(j - 1) === 46) {
    readDone = true;
    return;
  }
  readSpans[readCount * 2] = k;
  readSpans[readCount * 2 + 1] = j;
  readWords[readCount] = text.slice(k, j).toLowerCase();
  readCount += 1;
  readAt = k;
}

/**
 * Word `w` (0 is the nearest) before the place given to readWordsBefore, in lower case; words
 * are read as needed. Undefined past the last word or the `max`-th.
 */
export function wordBefore(w: number, max: number): string | undefined {
  while (readCount <= w && readCount < max && !readDone) readWord();
  return w < readCount ? readWords[w] : undefined;
}

/** True at a sentence or clause boundary: `;:!?`, a "." not inside a number, or a blank line. */
function isBoundaryAt(text: string, i: number): boolean {
  const char = text[i];
  if (char === ';' || char === ':' || char === '!' || char === '?') return true;
  if (char === '.') return i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1));
  return char === '\n' && text[i + 1] === '\n';
}

/** The clause around [start, end): up to MAX_LOOK characters each way, cut at boundaries. */
export function clauseAround(text: string, start: number, end: number): string {
  let left = start;
  while (left > 0 && start - left < MAX_LOOK && !isBoundaryAt(text, left - 1)) left -= 1;
  let right = end;
  while (right < text.length && right - end < MAX_LOOK && !isBoundaryAt(text, right)) right += 1;
  return text.slice(left, right);
}

/** `text` with each run of white space made one space, trimmed. */
export function oneLine(text: string): string {
  const trimmed = text.trim();
  // Mostly there is nothing to replace, and testing is far cheaper than replacing.
  return /[^\S ]|\s\s/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}
