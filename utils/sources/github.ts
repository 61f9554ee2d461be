import * as v from 'valibot';
import { FetchError } from '../net/fetch-error';
import type { HttpClient, HttpResponse } from '../net/http-client';

/** Linus Torvalds' tree as GitHub mirrors it: the only repository Kernel Context asks about. */
export const GITHUB_API = 'https://api.github.com';
export const MAINLINE_REPO = `${GITHUB_API}/repos/torvalds/linux`;

/** A commit as the GitHub API describes it, reduced to what Kernel Context reads. */
export interface GitHubCommit {
  sha: string;
  message: string;
  author: { name?: string; email?: string; date?: string };
  committer: { name?: string; email?: string; date?: string };
  parents: string[];
}

export type CompareStatus = 'identical' | 'ahead' | 'behind' | 'diverged';

export interface Comparison {
  status: CompareStatus;
  aheadBy: number;
  behindBy: number;
  mergeBase?: GitHubCommit;
  /** The newest of the commits in head and not in base (head itself, when it is not in base). */
  headCommit?: GitHubCommit;
}

const Sha = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/));
const Person = v.nullish(v.object({ name: v.nullish(v.string()), email: v.nullish(v.string()), date: v.nullish(v.string()) }));
const CommitSchema = v.object({
  sha: Sha,
  commit: v.object({ message: v.string(), author: Person, committer: Person }),
  parents: v.array(v.object({ sha: Sha })),
});
const CompareSchema = v.object({
  status: v.picklist(['identical', 'ahead', 'behind', 'diverged']),
  ahead_by: v.number(),
  behind_by: v.number(),
  merge_base_commit: v.nullish(CommitSchema),
  commits: v.optional(v.array(CommitSchema), []),
});
const RefsSchema = v.array(v.object({ ref: v.string() }));
const SearchSchema = v.object({ total_count: v.number(), incomplete_results: v.optional(v.boolean()), items: v.array(CommitSchema) });

type RawCommit = v.InferOutput<typeof CommitSchema>;

function toCommit(raw: RawCommit): GitHubCommit {
  const person = (p: v.InferOutput<typeof Person>) => ({
    ...(p?.name ? { name: p.name } : {}),
    ...(p?.email ? { email: p.email } : {}),
    ...(p?.date ? { date: p.date } : {}),
  });
  return { sha: raw.sha, message: raw.commit.message, author: person(raw.commit.author), committer: person(raw.commit.committer), parents: raw.parents.map((p) => p.sha) };
}

function parse<S extends v.GenericSchema>(schema: S, json: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, json);
  if (!result.success) throw new FetchError('bad-response', `GitHub sent an unexpected answer for ${what}`);
  return result.output;
}

/** GitHub answers 404 for an unknown ref and 422 for an unknown sha: "no such commit", not a failure. */
function isNoSuchRef(error: unknown): boolean {
  return error instanceof FetchError && error.reason === 'http-error' && (error.status === 404 || error.status === 422);
}

export interface GitHubSourceOptions {
  /** Requests to GitHub at once; the rest wait their turn (the unauthenticated budget is 60 an hour). */
  concurrency?: number;
  /** Whether a token is sent: GitHub answers a conditional request with a free 304 only then. */
  hasToken?: () => boolean;
}

/**
 * GitHub's REST API for torvalds/linux: compare (the containment test), commit details,
 * mainline tags, commit search and the commits touching a path. Fetches and parses only —
 * no caching of answers (resolvers do that), no decisions about what the answers mean.
 */
export class GitHubSource {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Validators and bodies for conditional requests, kept while a token is set. */
  private readonly etags = new Map<string, { etag: string; body: string }>();
  private readonly concurrency: number;
  private readonly hasToken: () => boolean;
  /** Every GitHub request made, by endpoint kind — for the benchmark and the tests' call bounds. */
  readonly calls = { compare: 0, commit: 0, tags: 0, search: 0, commits: 0 };

  constructor(
    private readonly http: HttpClient,
    options: GitHubSourceOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 2;
    this.hasToken = options.hasToken ?? (() => false);
  }

  /** Compares base with head: `behind`/`identical` mean head is an ancestor of base. Null when either is unknown. */
  async compare(base: string, head: string): Promise<Comparison | null> {
    this.calls.compare++;
    const json = await this.getJsonOrNull(`${MAINLINE_REPO}/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}`);
    if (json === null) return null;
    const parsed = parse(CompareSchema, json, `compare ${base}...${head}`);
    const last = parsed.commits.at(-1);
    return {
      status: parsed.status,
      aheadBy: parsed.ahead_by,
      behindBy: parsed.behind_by,
      ...(parsed.merge_base_commit ? { mergeBase: toCommit(parsed.merge_base_commit) } : {}),
      ...(last ? { headCommit: toCommit(last) } : {}),
    };
  }

  /** Whether `sha` is an ancestor of (or is) `ref`; null when GitHub knows no such commit. */
  async contains(ref: string, sha: string): Promise<{ contained: boolean; comparison: Comparison } | null> {
    const comparison = await this.compare(ref, sha);
    if (!comparison) return null;
    return { contained: comparison.status === 'behind' || comparison.status === 'identical', comparison };
  }

  /**
   * Any commit GitHub holds for the fork network — which proves nothing about mainline;
   * null when there is none.
   */
  async commit(sha: string): Promise<GitHubCommit | null> {
    this.calls.commit++;
    const json = await this.getJsonOrNull(`${MAINLINE_REPO}/commits/${encodeURIComponent(sha)}`);
    return json === null ? null : toCommit(parse(CommitSchema, json, `commit ${sha}`));
  }

  /** Who a token belongs to (`GET /user`): the one call that tells whether it works. */
  async user(token: string): Promise<{ login: string }> {
    const response = await this.http.getText({
      url: `${GITHUB_API}/user`,
      headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', authorization: `Bearer ${token}` },
      ownBudget: true,
    });
    // Shown in the options page: a login as GitHub allows it (a bot's ends in `[bot]`), nothing else.
    return parse(v.object({ login: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,98}(?:\[bot\])?$/)) }), parseJson(response), 'the token owner');
  }

  /** Every tag name starting with `v` (matching-refs answers them all at once; pages are followed if it paginates). */
  async tagNames(): Promise<string[]> {
    const names: string[] = [];
    let url: string | undefined = `${MAINLINE_REPO}/git/matching-refs/tags/v`;
    for (let page = 0; url && page < 50; page++) {
      this.calls.tags++;
      const response = await this.get(url);
      const refs = parse(RefsSchema, parseJson(response), 'the tag list');
      for (const { ref } of refs) if (ref.startsWith('refs/tags/')) names.push(ref.slice('refs/tags/'.length));
      url = nextLink(response.headers.get('link'));
    }
    return names;
  }

  /** Commit search over the default branch (= mainline): `terms` are GitHub search terms and qualifiers. */
  async search(terms: string[], perPage = 10): Promise<{ commits: GitHubCommit[]; total: number; incomplete: boolean }> {
    this.calls.search++;
    const q = ['repo:torvalds/linux', ...terms].join(' ');
    const response = await this.get(`${GITHUB_API}/search/commits?q=${encodeURIComponent(q)}&per_page=${perPage}`);
    const parsed = parse(SearchSchema, parseJson(response), 'a commit search');
    return { commits: parsed.items.map(toCommit), total: parsed.total_count, incomplete: parsed.incomplete_results ?? false };
  }

  /** The oldest mainline commit touching `path`: the last page of the path's history at one commit per page. */
  async oldestCommitTouching(path: string): Promise<GitHubCommit | null> {
    this.calls.commits++;
    const first = await this.get(`${MAINLINE_REPO}/commits?path=${encodeURIComponent(path)}&per_page=1`);
    const last = lastLink(first.headers.get('link'));
    let response = first;
    if (last) {
      this.calls.commits++;
      response = await this.get(last);
    }
    const commits = parse(v.array(CommitSchema), parseJson(response), `the history of ${path}`);
    const oldest = commits.at(-1);
    return oldest ? toCommit(oldest) : null;
  }

  private async getJsonOrNull(url: string): Promise<unknown> {
    try {
      return parseJson(await this.get(url));
    } catch (error) {
      if (isNoSuchRef(error)) return null;
      throw error;
    }
  }

  /** One request in the queue, conditional when a token is set (a 304 is then free). */
  private async get(url: string): Promise<HttpResponse> {
    await this.turn();
    try {
      const useEtag = this.hasToken();
      const known = useEtag ? this.etags.get(url) : undefined;
      const response = await this.http.getText({
        url,
        headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', ...(known ? { 'if-none-match': known.etag } : {}) },
      });
      if (response.status === 304 && known) return { ...response, status: 200, body: known.body };
      if (response.status === 304) throw new FetchError('bad-response', 'GitHub answered 304 to an unconditional request');
      const etag = response.headers.get('etag');
      if (useEtag && etag) this.remember(url, etag, response.body);
      return response;
    } finally {
      this.release();
    }
  }

  private remember(url: string, etag: string, body: string): void {
    this.etags.delete(url);
    this.etags.set(url, { etag, body });
    // Oldest first out: a Map iterates in insertion order.
    while (this.etags.size > 200) this.etags.delete(this.etags.keys().next().value!);
  }

  private turn(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

function parseJson(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    throw new FetchError('bad-response', 'GitHub did not return valid JSON');
  }
}

/** The URL a `Link` header gives for `rel`, if it is on api.github.com. */
function linkFor(header: string | null, rel: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
    if (match?.[2] === rel && match[1]!.startsWith(`${GITHUB_API}/`)) return match[1];
  }
  return undefined;
}

export const nextLink = (header: string | null) => linkFor(header, 'next');
export const lastLink = (header: string | null) => linkFor(header, 'last');
