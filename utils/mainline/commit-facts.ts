import { parseMsgidUrl } from '../mentions/msgids';
import { parseTrailers, parseUpstreamSha } from '../pages/cgit/trailers';
import type { GitHubCommit } from '../sources/github';
import type { Trailer } from '../types';

/** What a commit's message says about where it came from. */
export interface CommitFacts {
  subject: string;
  isMerge: boolean;
  /** Message ids of its `Link:` trailers (lore.kernel.org/r/…, patch.msgid.link/…). */
  linkMsgids: string[];
  /** A stable backport's mainline commit. */
  upstreamSha?: string;
}

export function commitFacts(commit: GitHubCommit): CommitFacts {
  const [subject = '', ...rest] = commit.message.replace(/\r\n?/g, '\n').split('\n');
  const body = rest.join('\n');
  const upstreamSha = parseUpstreamSha(body);
  return { subject: subject.trim(), isMerge: commit.parents.length > 1, linkMsgids: linkMsgidsOf(parseTrailers(body)), ...(upstreamSha ? { upstreamSha } : {}) };
}

/** The message ids of a commit's `Link:` trailers (lore.kernel.org/r/…, patch.msgid.link/…), each once. */
export function linkMsgidsOf(trailers: readonly Trailer[]): string[] {
  const msgids = trailers
    .filter((trailer) => /^link$/i.test(trailer.key))
    .flatMap((trailer) => {
      const msgid = parseMsgidUrl(trailer.value.split(/\s/)[0] ?? '')?.msgid;
      return msgid ? [msgid] : [];
    });
  return [...new Set(msgids)];
}

/** Stephen Rothwell's and Mark Brown's linux-next merges: "Merge branch 'x' of git://…", "Merge remote-tracking branch 'x/y'". */
const LINUX_NEXT_MERGE = /^Merge (?:remote-tracking )?branch '[^']+'(?: of \S+)?(?: into \S+)?$/;

/**
 * A merge made by linux-next itself: a merge commit on the linux-next tree (or with its
 * merge subject and not in mainline). linux-next is rebuilt every day from the subsystem
 * trees, so such a merge never reaches mainline as it is — though what it merged may.
 */
export function isLinuxNextMerge(facts: CommitFacts, tree: string | undefined): boolean {
  if (!facts.isMerge) return false;
  return tree === 'next/linux-next' || LINUX_NEXT_MERGE.test(facts.subject);
}
