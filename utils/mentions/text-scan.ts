/** Small backward/forward scans over text, each bounded so a finder stays linear. */

const MAX_LOOK = 160;

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

/**
 * Up to `count` words right before `pos`, nearest first, as [start, end] pairs in one flat
 * array. Words are separated by spaces only: the scan stops at punctuation, at a word ending
 * in "." (a sentence end), and after MAX_LOOK characters.
 */
export function wordSpansBefore(text: string, pos: number, count: number): number[] {
  const spans: number[] = [];
  let i = pos;
  while (spans.length < count * 2 && pos - i < MAX_LOOK) {
    let j = i;
    while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j -= 1;
    if (j === i && spans.length > 0) break;
    let k = j;
    while (k > 0 && j - k < MAX_LOOK && isWordCode(text.charCodeAt(k - 1))) k -= 1;
    if (k === j || text.charCodeAt(j - 1) === 46) break; // no word, or one ending in "."
    spans.push(k, j);
    i = k;
  }
  return spans;
}

/** Up to `count` words right before `pos`, nearest first (see wordSpansBefore). */
export function wordsBefore(text: string, pos: number, count: number): string[] {
  const spans = wordSpansBefore(text, pos, count);
  const words: string[] = [];
  for (let w = 0; w < spans.length; w += 2) words.push(text.slice(spans[w], spans[w + 1]));
  return words;
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

/**
 * The matches of a global `pattern` in `text`, like String#matchAll but without cloning the
 * pattern on every call (this runs once per block and pattern, thousands of times a page).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex += 1;
  }
  return matches;
}
