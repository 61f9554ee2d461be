/**
 * Commits: links to git.kernel.org (cgit full and short forms, old gitweb) and GitHub, and
 * 12–40 hex words in commit context ("commit <sha>", "Fixes: <sha>", "[ Upstream commit <sha> ]").
 * A hex word without such a cue (a file hash, a UUID, an address) is never a commit.
 */
import type { CommitMention } from '../types';
import { type Found, kept } from './found';
import { isAsciiWordCode } from './text-scan';
import { queryParam, urlParts } from './url-parts';
import type { UrlSpan } from './urls';

const SHA = /^[0-9a-f]{12,40}$/;
const CGIT_FULL = /^\/(?:pub\/scm|cgit)\/(.+?)\.git\/(?:commit|patch)\/(?:[^?]*)$/;
const SHORT = /^\/(?:(torvalds|stable)\/c|linus|([\w.-]+\/[\w.-]+)\/c)\/([0-9a-fA-F]+)\/?$/;
const GITHUB = /^\/([\w.-]+)\/([\w.-]+)\/commit\/([0-9a-fA-F]+)(?:\.patch|\.diff)?\/?$/;

// The cue must come right before the sha: "commit", "Commit-Id:", "Fixes:", "changes up to".
// It starts a word, or follows "upstream", "merge" or "revert(s)" (checked by hand: see prefixBefore).
const SHA_IN_TEXT = /(?:commits?(?:[- ]id)?|fixes|changes up to)\b\s*:?\s*[([]?\s*([0-9a-f]{12,40})(?![\w-])(\s+upstream\b)?/gi;
const PREFIXES = new Set(['upstream', 'merge', 'revert', 'reverts']);
const SPACE = /\s/;

/** Canonical tree ids, for the forms that have two names. */
function canonicalTree(path: string): string {
  const tree = path.replace(/^linux\/kernel\/git\//, '');
  if (tree === 'stable/linux-stable') return 'stable/linux';
  if (tree === 'torvalds/linux-2.6') return 'torvalds/linux';
  return tree;
}

function commit(sha: string, tree: string | undefined, url: string): CommitMention | undefined {
  const lower = sha.toLowerCase();
  if (!SHA.test(lower)) return undefined;
  return kept<CommitMention>(tree ? { kind: 'commit', sha: lower, tree, url } : { kind: 'commit', sha: lower, url });
}

/** The commit a git.kernel.org or GitHub URL names, if it names one. */
export function parseCommitUrl(href: string): CommitMention | undefined {
  const url = urlParts(href);
  if (url?.host === 'git.kernel.org') {
    const full = CGIT_FULL.exec(url.path);
    if (full) {
      const id = queryParam(url.query, 'id');
      return id ? commit(id, canonicalTree(full[1]!), href) : undefined;
    }
    const short = SHORT.exec(url.path);
    if (short) {
      const tree = short[2] ?? (short[1] === 'stable' ? 'stable/linux' : 'torvalds/linux');
      return commit(short[3]!, tree, href);
    }
    // Old gitweb: /?p=linux/kernel/git/torvalds/linux-2.6.git;a=commit;h=<sha>
    const project = queryParam(url.query, 'p');
    const sha = queryParam(url.query, 'h');
    const action = queryParam(url.query, 'a');
    if (project?.endsWith('.git') && sha && (action === 'commit' || action === 'commitdiff')) {
      return commit(sha, canonicalTree(safeDecode(project.slice(0, -4))), href);
    }
    return undefined;
  }
  if (url?.host === 'github.com' || url?.host === 'www.github.com') {
    const match = GITHUB.exec(url.path);
    // Only kernel repositories: torvalds/linux, or a fork that is still called "linux".
    if (!match || match[2]!.toLowerCase() !== 'linux') return undefined;
    return commit(match[3]!, match[1]!.toLowerCase() === 'torvalds' ? 'torvalds/linux' : undefined, href);
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The word ("upstream", "merge", "revert(s)") and spaces right before the cue at `cue`, when
 * the word starts a word at or after `floor`; else undefined.
 */
function prefixBefore(text: string, cue: number, floor: number): string | undefined {
  let end = cue;
  while (end > floor && SPACE.test(text[end - 1]!)) end -= 1;
  if (end === cue) return undefined;
  let start = end;
  while (start > 0 && isAsciiWordCode(text.charCodeAt(start - 1))) start -= 1;
  const word = text.slice(start, end).toLowerCase();
  return start >= floor && PREFIXES.has(word) ? word : undefined;
}

/** Commit links and cued shas in `text`, in order. */
export function findCommits(text: string, urls: readonly UrlSpan[]): Found<CommitMention>[] {
  const found: Found<CommitMention>[] = [];
  for (const span of urls) {
    const data = parseCommitUrl(span.data.url);
    if (data) found.push({ start: span.start, end: span.end, data });
  }
  // Where the previous match ended: a prefix word before it belongs to no later cue.
  let floor = 0;
  SHA_IN_TEXT.lastIndex = 0;
  for (let match = SHA_IN_TEXT.exec(text); match; match = SHA_IN_TEXT.exec(text)) {
    const cue = match.index;
    const prefix = prefixBefore(text, cue, floor);
    // Inside a word ("recommit") is no cue; look again from the next character.
    if (!prefix && cue > 0 && isAsciiWordCode(text.charCodeAt(cue - 1))) {
      SHA_IN_TEXT.lastIndex = cue + 1;
      continue;
    }
    floor = SHA_IN_TEXT.lastIndex;
    const sha = match[1]!.toLowerCase();
    if (/^\d+$/.test(sha)) continue;
    const start = floor - (match[2]?.length ?? 0) - sha.length;
    // "upstream commit <sha>" and "commit <sha> upstream." name a mainline commit.
    const upstream = prefix === 'upstream' || match[2] !== undefined;
    const data: CommitMention = kept(upstream ? { kind: 'commit', sha, tree: 'torvalds/linux' } : { kind: 'commit', sha });
    found.push({ start, end: start + sha.length, data });
  }
  return urls.length > 0 ? found.sort((a, b) => a.start - b.start) : found;
}
