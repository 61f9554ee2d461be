/**
 * A GitHub that answers from a small model of mainline instead of the network: tags in
 * release order, each containing every commit whose first tag is at or before it (linear
 * ancestry, as mainline's tags are), commits in master but in no tag yet, commits GitHub
 * holds that are not in mainline, and commits it has never seen. Any call can be made to
 * fail (offline, rate-limited…) to check that a failure never turns into an answer.
 */
import { FetchError } from '@/utils/net/fetch-error';
import type { Comparison, GitHubCommit, GitHubSource } from '@/utils/sources/github';

export interface ModelCommit {
  sha: string;
  /** Index of its first tag in `tags`; `tags.length` for "in master, no tag yet"; undefined when not in mainline. */
  firstTag?: number;
  message?: string;
  date?: string;
  parents?: number;
}

export interface Model {
  tags: string[];
  commits: ModelCommit[];
  /** The oldest commit touching each path. */
  paths?: Record<string, string>;
}

export interface StubGitHub {
  github: GitHubSource;
  /** Every call made, as `method:argument`. */
  calls: string[];
  /** From now on, the `n`th call from now (0: the next one) and every call after it fails with `error` (until `heal`). */
  failFrom: (n: number, error: FetchError) => void;
  heal: () => void;
}

export function toGitHubCommit(commit: ModelCommit): GitHubCommit {
  const date = commit.date ?? '2022-10-01T12:00:00Z';
  return {
    sha: commit.sha,
    message: commit.message ?? `Subject of ${commit.sha.slice(0, 7)}`,
    author: { name: 'A U Thor', email: 'author@example.org', date },
    committer: { name: 'C O Mitter', email: 'committer@example.org', date },
    parents: Array.from({ length: commit.parents ?? 1 }, (_, i) => `${String(i).repeat(40)}`.slice(0, 40)),
  };
}

export function stubGitHub(model: Model): StubGitHub {
  const calls: string[] = [];
  let failAt: number | undefined;
  let failure: FetchError | undefined;
  const call = (what: string) => {
    calls.push(what);
    if (failAt !== undefined && calls.length - 1 >= failAt) throw failure!;
  };
  const bySha = (sha: string) => model.commits.find((commit) => commit.sha === sha || commit.sha.startsWith(sha));
  const refIndex = (ref: string) => (ref === 'master' ? model.tags.length : model.tags.indexOf(ref));
  const github = {
    async tagNames() {
      call('tagNames');
      return [...model.tags];
    },
    async contains(ref: string, sha: string): Promise<{ contained: boolean; comparison: Comparison } | null> {
      call(`contains:${ref}`);
      const commit = bySha(sha);
      const at = refIndex(ref);
      if (!commit || at < 0) return null;
      const contained = commit.firstTag !== undefined && commit.firstTag <= at;
      const full = toGitHubCommit(commit);
      return {
        contained,
        comparison: contained
          ? { status: 'behind', aheadBy: 0, behindBy: 1, mergeBase: full }
          : { status: 'diverged', aheadBy: 1, behindBy: 1, headCommit: full },
      };
    },
    async commit(sha: string) {
      call('commit');
      const commit = bySha(sha);
      return commit ? toGitHubCommit(commit) : null;
    },
    async search(terms: string[]) {
      call('search');
      const phrase = terms[0]?.replace(/^"|"$/g, '') ?? '';
      const commits = model.commits.filter((commit) => commit.firstTag !== undefined && (commit.message ?? '').includes(phrase)).map(toGitHubCommit);
      return { commits, total: commits.length, incomplete: false };
    },
    async oldestCommitTouching(path: string) {
      call('oldestCommitTouching');
      const sha = model.paths?.[path];
      const commit = sha ? bySha(sha) : undefined;
      return commit ? toGitHubCommit(commit) : null;
    },
  };
  return {
    github: github as unknown as GitHubSource,
    calls,
    failFrom: (n, error) => {
      failAt = calls.length + n;
      failure = error;
    },
    heal: () => {
      failAt = undefined;
    },
  };
}
