/**
 * Reading a commit message: its trailers (`Signed-off-by:`, `Link:`, `Fixes:` … at the end) and,
 * for stable backports, the mainline commit ("commit <sha> upstream." / "[ Upstream commit <sha> ]").
 */
import type { Trailer } from '../../types';

/** `Key: value`; the key has no spaces (so "Note that: …" prose and "https://…" are not trailers). */
const TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]+(\S.*)$/;
const CONTINUATION = /^[ \t]+\S/;
/** Trailers git itself writes: a block with one of them may also hold other lines (git's 25 % rule). */
const GIT_TRAILERS = /^(?:Signed-off-by|\(cherry picked from commit)/i;

const UPSTREAM = [
  /^commit\s+([0-9a-f]{40})\s+upstream\b\.?/i,
  /^\[\s*upstream\s+commit\s+([0-9a-f]{40})\s*\]/i,
];

/**
 * The trailers of the message's last paragraph, in order, after git's rule
 * (`git interpret-trailers`): the paragraph counts when every line is a trailer (or a continuation
 * of one), or when at least a quarter are and one is a `Signed-off-by:`; lines such as
 * "[ Greg: fixed up context ]" are then skipped. `body` is the message without its subject.
 */
export function parseTrailers(body: string): Trailer[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  let start = lines.length;
  while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start -= 1;
  const block = lines.slice(start);

  const trailers: Trailer[] = [];
  let others = 0;
  let gitWritten = false;
  let last: Trailer | undefined;
  for (const line of block) {
    const match = TRAILER.exec(line);
    if (match !== null) {
      last = { key: match[1] ?? '', value: (match[2] ?? '').trim() };
      trailers.push(last);
      if (GIT_TRAILERS.test(line)) gitWritten = true;
    } else if (last !== undefined && CONTINUATION.test(line)) {
      last.value = `${last.value} ${line.trim()}`;
    } else {
      if (GIT_TRAILERS.test(line)) gitWritten = true;
      others += 1;
      last = undefined;
    }
  }
  if (trailers.length === 0) return [];
  if (others === 0) return trailers;
  return gitWritten && trailers.length * 3 >= others ? trailers : [];
}

/** The mainline sha a stable backport names in its first lines, lower-cased. */
export function parseUpstreamSha(body: string): string | undefined {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (seen > 0) break;
      continue;
    }
    seen += 1;
    for (const pattern of UPSTREAM) {
      const sha = pattern.exec(line)?.[1];
      if (sha !== undefined) return sha.toLowerCase();
    }
    if (seen >= 3) break;
  }
  return undefined;
}
