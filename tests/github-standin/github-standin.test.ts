// @vitest-environment node
/**
 * The GitHub stand-in (e2e/github/): its answers must be what real git ancestry says about
 * the synthetic torvalds/linux it builds, and it must behave like GitHub's REST API where the
 * extension depends on it (pagination, rate limits, tokens, ETags, aliases of real commit ids).
 */
import { execFile } from 'node:child_process';
import https from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createGitHubApi, gitHubFetch, type GitHubApi } from '../../e2e/github/github-api.mjs';
import { buildMainlineRepo, buildRepoAt, gitEnv, type MainlineRepo } from '../../e2e/github/mainline-repo.mjs';
import { ROLES } from '../../e2e/github/roles.mjs';
import { startWorldServer } from '../../e2e/server/server.mjs';
import { FetchError } from '@/utils/net/fetch-error';
import { HttpClient } from '@/utils/net/http-client';

const API = 'https://api.github.com';
const REPO = `${API}/repos/torvalds/linux`;
const TOKEN = 'kc-test-token';
const RUST_MERGE = '36944642c756cfaf5db5d5f121b6141ea5496fe9';
const NEXT_2021_MERGE = 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2';
const FIX = '07a3ce7c09379672dde171413e7740f64e423e08';
const NOVA = '5eb15503d93afd8f703ec2d961abe51442392a40';
const SMB3_MERGE = 'cccbdb9bc555d694a145c0f87103d6e541618e22';

let repo: MainlineRepo;
let api: GitHubApi;

beforeAll(async () => {
  repo = await buildMainlineRepo();
  api = createGitHubApi({ gitDir: repo.gitDir, aliases: repo.aliases });
}, 60_000);

afterAll(() => api?.close());

function git(args: string[], gitDir = repo.gitDir): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', gitDir, ...args], { env: gitEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (!error) resolve({ code: 0, stdout });
      else if (error.code === 1) resolve({ code: 1, stdout });
      else reject(error);
    });
  });
}
const isAncestor = async (a: string, b: string) => (await git(['merge-base', '--is-ancestor', a, b])).code === 0;
const local = (id: string) => repo.aliases[id] ?? id;

interface Got {
  status: number;
  headers: Headers;
  json: any;
}

async function get(url: string, options: { token?: string; headers?: Record<string, string>; via?: GitHubApi } = {}): Promise<Got> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await gitHubFetch(options.via ?? api)(url.startsWith('/') ? `${API}${url}` : url, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}
const authed = (url: string) => get(url, { token: TOKEN });

/** Runs `fn` over `items`, `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += limit) out.push(...(await Promise.all(items.slice(i, i + limit).map(fn))));
  return out;
}

function linkFor(header: string | null, rel: string): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part);
    if (m?.[2] === rel) return m[1];
  }
  return undefined;
}

describe('the repository', () => {
  it('has every mainline tag at its date, rcs by the rule, in one linear master', async () => {
    expect(repo.tags.length).toBe(1022);
    expect(repo.tags.slice(0, 4)).toEqual(['v2.6.12-rc2', 'v2.6.12', 'v2.6.13-rc1', 'v2.6.13-rc2']);
    expect(repo.tags.at(-1)).toBe('v7.2');
    expect(repo.tags).toEqual(expect.arrayContaining(['v3.0-rc1', 'v3.0', 'v6.1-rc8', 'v6.19-rc1', 'v6.19-rc8', 'v6.19']));
    expect(repo.tags).not.toContain('v6.19-rc9');
    const { stdout } = await git(['for-each-ref', '--format=%(refname:short) %(objecttype) %(taggername) %(creatordate:iso-strict)', 'refs/tags/v6.18', 'refs/tags/v6.19-rc1', 'refs/tags/v6.19-rc2']);
    expect(stdout.trim().split('\n')).toEqual([
      'v6.18 tag Linus Torvalds 2025-11-30T12:00:00+00:00',
      'v6.19-rc1 tag Linus Torvalds 2025-12-14T12:00:00+00:00',
      'v6.19-rc2 tag Linus Torvalds 2025-12-21T12:00:00+00:00',
    ]);
    // Each tag is an ancestor of the next, along master's first parents.
    const firstParents = (await git(['rev-list', '--first-parent', '--reverse', 'master'])).stdout.trim().split('\n');
    const tagCommits = (await git(['rev-parse', ...repo.tags.map((t) => `${t}^{commit}`)])).stdout.trim().split('\n');
    const positions = tagCommits.map((sha) => firstParents.indexOf(sha));
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
    expect(firstParents[0]).toBe(tagCommits[0]);
  });

  it('touches rust/ on master only from the rust-6.1 merge on', async () => {
    const { stdout } = await git(['log', '--format=%H %cI', '--reverse', 'master', '--', 'rust/', 'samples/rust/']);
    const [first] = stdout.trim().split('\n');
    expect(first).toMatch(/ 2022-09-28T16:01:20\+02:00$/);
    expect(await isAncestor(first!.split(' ')[0]!, local(RUST_MERGE))).toBe(true);
  });

  it('builds identically twice: the same commit ids', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kc-standin-twice-'));
    try {
      const second = await buildRepoAt(path.join(dir, 'repo.git'));
      expect(second.aliases).toEqual(repo.aliases);
      expect(second.commits).toEqual(repo.commits);
      const heads = async (gitDir: string) => (await git(['for-each-ref', '--format=%(refname) %(objectname)'], gitDir)).stdout;
      expect(await heads(second.gitDir)).toBe(await heads(repo.gitDir));
      expect((await git(['rev-parse', 'master'], second.gitDir)).stdout).toBe((await git(['rev-parse', 'master'])).stdout);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('compare', () => {
  it('agrees with git merge-base --is-ancestor for tags × role commits', async () => {
    const tags = ['v5.12-rc3', 'v6.0', 'v6.1-rc1', 'v6.2-rc1', 'v6.19-rc2', 'master'];
    // The brief's nine roles and the container_of! commit the fix names.
    const ids = [RUST_MERGE, NEXT_2021_MERGE, '80d15e092a0394fbb670e349bb945540d1a00cbe', FIX, 'cf8395f410fe2d98d06add33faa7c573f0122ae4', NOVA, '97df8dcaad8f41008ac55d4e80c4ac35317a7d7f', SMB3_MERGE, '78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2', '7589055b679e0e993b2d506739fb8a68eda6061f'];
    const pairs = tags.flatMap((tag) => ids.map((id) => ({ tag, id })));
    const results = await inBatches(pairs, 6, async ({ tag, id }) => {
      const [answer, contained] = await Promise.all([authed(`${REPO}/compare/${tag}...${id.slice(0, 12)}`), isAncestor(local(id), tag)]);
      const tagFirst = await isAncestor(tag, local(id));
      const expected = contained && tagFirst ? 'identical' : contained ? 'behind' : tagFirst ? 'ahead' : 'diverged';
      return { tag, id, status: answer.json.status as string, expected };
    });
    expect(results.filter((r) => r.status !== r.expected)).toEqual([]);
    // The sample has answers of every kind but identical; the tag's own commit is.
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['behind', 'ahead', 'diverged']));
    expect((await authed(`${REPO}/compare/v6.1...7bbe11f8ae94`)).json).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0 });
  }, 30_000);

  it('finds each role commit first in the tag its role names', async () => {
    const checks = ROLES.flatMap((role) => Object.entries(role.aliases).map(([id, { firstTag }]) => ({ id, firstTag })));
    await inBatches(checks, 4, async ({ id, firstTag }) => {
      const contains = async (tag: string) => ['behind', 'identical'].includes((await authed(`${REPO}/compare/${tag}...${id}`)).json.status);
      if (firstTag === null) {
        expect(await contains('master'), id).toBe(false);
        return;
      }
      const index = repo.tags.indexOf(firstTag);
      expect(await contains(firstTag), `${id} in ${firstTag}`).toBe(true);
      expect(await contains(repo.tags[index - 1]!), `${id} not in ${repo.tags[index - 1]}`).toBe(false);
    });
  }, 30_000);

  it('places the rust-6.1 merge in v6.1-rc1 and not in v6.0, with its merge base and commits', async () => {
    const inRc1 = await authed(`${REPO}/compare/v6.1-rc1...${RUST_MERGE}`);
    expect(inRc1.json).toMatchObject({ status: 'behind', ahead_by: 0, total_commits: 0, commits: [], files: [] });
    const inV60 = await authed(`${REPO}/compare/v6.0...${RUST_MERGE.slice(0, 7)}`);
    expect(inV60.json).toMatchObject({ status: 'ahead', ahead_by: 4, behind_by: 0 });
    expect(inV60.json.merge_base_commit.commit.message).toBe('Linux 6.0');
    expect(inV60.json.base_commit.sha).toBe('4066d6494bea25e56cbfaa21f100229fa2c3e181'); // v6.0, as the cgit fixtures name it
    expect(inV60.json.commits.at(-1).sha).toBe(RUST_MERGE);
    expect(inV60.json.commits[0].commit).toMatchObject({ author: { name: 'Miguel Ojeda', date: '2022-09-28T14:01:20Z' } });
  });

  it('shows the linux-next merge of March 2021 as diverged from master, yet as a commit with 2 parents', async () => {
    const compared = await authed(`${REPO}/compare/master...c7c4c9b88eec`);
    expect(compared.status).toBe(200);
    expect(compared.json).toMatchObject({ status: 'diverged', ahead_by: 3 });
    expect(compared.json.merge_base_commit.commit.message).toBe('Linux 5.12-rc3');
    const commit = await authed(`${REPO}/commits/${NEXT_2021_MERGE}`);
    expect(commit.status).toBe(200);
    expect(commit.json.sha).toBe(NEXT_2021_MERGE);
    expect(commit.json.parents).toHaveLength(2);
    expect(commit.json.commit).toMatchObject({ message: "Merge remote-tracking branch 'rust/rust-next'", committer: { name: 'Stephen Rothwell', date: '2021-03-19T03:41:38Z' } });
  });

  it('answers 404 for an unknown ref and for unrelated histories', async () => {
    expect((await authed(`${REPO}/compare/master...no-such-branch`)).status).toBe(404);
    expect((await authed(`${REPO}/compare/master...0000000000`)).json).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    expect((await authed(`${API}/repos/torvalds/other/compare/master...master`)).status).toBe(404);
  });
});

describe('commits', () => {
  it('gives a commit by abbreviated alias, with the fixture’s message and parent written as aliases', async () => {
    const fix = await authed(`${REPO}/commits/07a3ce7c0937`);
    expect(fix.status).toBe(200);
    expect(fix.json).toMatchObject({
      sha: FIX,
      html_url: `https://github.com/torvalds/linux/commit/${FIX}`,
      author: null,
      commit: { author: { name: 'Ada Lindqvist', date: '2022-12-13T10:05:52Z' }, committer: { name: 'Miguel Ojeda', date: '2022-12-14T19:31:09Z' } },
      parents: [{ sha: '7bbe11f8ae94ad09287acd03641d325363280ed3' }],
      stats: { additions: 1, deletions: 1, total: 2 },
    });
    expect(fix.json.commit.message).toMatch(/^rust: kernel: use `sub` in `container_of!` to keep pointer provenance\n\n/);
    expect(fix.json.commit.message).toMatch(/\nLink: https:\/\/lore\.kernel\.org\/r\/20221213100552\.77520-1-ada\.lindqvist@example\.com\nSigned-off-by: Miguel Ojeda <ojeda@kernel\.org>$/);
    const unknown = await authed(`${REPO}/commits/deadbeefdead`);
    expect(unknown).toMatchObject({ status: 422, json: { message: 'No commit found for SHA: deadbeefdead' } });
    const backport = await authed(`${REPO}/commits/cf8395f410fe2d98d06add33faa7c573f0122ae4`);
    expect(backport.json.commit.message).toContain(`\n\ncommit ${FIX} upstream.\n\n`);
  });

  it('pages the history of rust/ so that the last page holds the oldest commit (2022-09-28)', async () => {
    const first = await authed(`${REPO}/commits?path=rust/&per_page=1`);
    expect(first.json).toHaveLength(1);
    const link = first.headers.get('link');
    expect(link).toContain(`<${REPO}/commits?path=rust%2F&per_page=1&page=2>; rel="next"`);
    const last = linkFor(link, 'last');
    expect(last).toMatch(/&page=\d+$/);
    const oldest = await authed(last!);
    expect(oldest.json).toHaveLength(1);
    expect(oldest.json[0].commit.author.date).toBe('2022-09-28T14:01:20Z');
    expect(oldest.json[0].commit.message).toMatch(/^rust: add `kernel` crate/);
    const byGit = (await git(['rev-list', '--reverse', 'master', '--', 'rust/'])).stdout.split('\n');
    expect(oldest.json[0].sha).toBe(byGit[0]);
    expect(Number(/page=(\d+)$/.exec(last!)![1])).toBe(byGit.filter(Boolean).length);
    expect(linkFor(oldest.headers.get('link'), 'prev')).toBe(`${REPO}/commits?path=rust%2F&per_page=1&page=${byGit.filter(Boolean).length - 1}`);
    expect(linkFor(oldest.headers.get('link'), 'first')).toBe(`${REPO}/commits?path=rust%2F&per_page=1&page=1`);
  });

  it('lists nothing for a path no master commit touches (net-next’s file) and honours since/until', async () => {
    const none = await authed(`${REPO}/commits?path=rust/kernel/net/phy.rs`);
    expect(none.status).toBe(200);
    expect(none.json).toEqual([]);
    expect(none.headers.get('link')).toBeNull();
    const window = await authed(`${REPO}/commits?since=2022-10-01T00:00:00Z&until=2022-10-12T00:00:00Z`);
    expect(window.json.map((c: any) => c.commit.message.split('\n')[0])).toEqual([
      'drm/nova: match NVIDIA display devices and enable them in probe',
      "Merge tag 'rust-6.1' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux",
      'Linux 6.0',
    ]);
  });
});

describe('tags and refs', () => {
  it('pages the tags, every tag exactly once, newest refname first', async () => {
    const names: string[] = [];
    let url: string | undefined = `${REPO}/tags?per_page=100`;
    let pages = 0;
    while (url) {
      const page = await authed(url);
      names.push(...page.json.map((t: any) => t.name));
      if (page.json[0]?.name === 'v6.1') expect(page.json[0].commit.sha).toBe('7bbe11f8ae94ad09287acd03641d325363280ed3');
      url = linkFor(page.headers.get('link'), 'next');
      pages++;
    }
    expect(pages).toBe(Math.ceil(repo.tags.length / 100));
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...repo.tags].sort());
    expect(names).toEqual([...names].sort().reverse());
    const v61 = (await authed(`${REPO}/tags?per_page=100&page=${Math.floor(names.indexOf('v6.1') / 100) + 1}`)).json.find((t: any) => t.name === 'v6.1');
    expect(v61.commit.sha).toBe('7bbe11f8ae94ad09287acd03641d325363280ed3');
  });

  it('answers matching-refs with every matching annotated tag, ascending', async () => {
    const refs = await authed(`${REPO}/git/matching-refs/tags/v6.`);
    const expected = repo.tags.filter((t) => t.startsWith('v6.')).map((t) => `refs/tags/${t}`);
    expect(refs.json.map((r: any) => r.ref)).toEqual([...expected].sort());
    expect(refs.headers.get('link')).toBeNull();
    const v61 = refs.json.find((r: any) => r.ref === 'refs/tags/v6.1');
    expect(v61).toMatchObject({ url: `${REPO}/git/refs/tags/v6.1`, object: { type: 'tag' } });
    const tagObject = await authed(v61.object.url);
    expect(tagObject.json).toMatchObject({ tag: 'v6.1', message: 'Linux 6.1\n', tagger: { name: 'Linus Torvalds', date: '2022-12-11T12:00:00Z' }, object: { sha: '7bbe11f8ae94ad09287acd03641d325363280ed3', type: 'commit' } });
    expect((await authed(`${REPO}/git/ref/tags/v6.1-rc1`)).json.ref).toBe('refs/tags/v6.1-rc1');
    expect((await authed(`${REPO}/git/matching-refs/tags/v99`)).json).toEqual([]);
  });
});

describe('commit search (master only)', () => {
  it('finds the drm/nova commit by its Link: msgid, not the net-next patch by its own', async () => {
    const nova = await authed(`${API}/search/commits?q=repo:torvalds/linux+"20221007105005.3395-1-priya.raman@example.org"`);
    expect(nova.status).toBe(200);
    expect(nova.json).toMatchObject({ total_count: 1, incomplete_results: false, items: [{ sha: NOVA, repository: { full_name: 'torvalds/linux' }, score: 1 }] });
    const netNext = await authed(`${API}/search/commits?q=${encodeURIComponent('repo:torvalds/linux "20221205-rust-phy-paged-v3-1-6a2f1d9e0b1c@example.org"')}`);
    expect(netNext.json).toMatchObject({ total_count: 0, items: [] });
  });

  it('finds the smb3 merge with merge:true and a phrase, and honours the other qualifiers', async () => {
    const q = (s: string) => authed(`${API}/search/commits?q=${encodeURIComponent(`repo:torvalds/linux ${s}`)}`);
    expect((await q('merge:true "v6.19-rc1-smb3-client-fixes"')).json.items.map((i: any) => i.sha)).toEqual([SMB3_MERGE]);
    expect((await q('merge:false "v6.19-rc1-smb3-client-fixes"')).json.total_count).toBe(0);
    expect((await q('hash:07a3ce7c0937')).json.items.map((i: any) => i.sha)).toEqual([FIX]);
    const steve = await q('author-email:stfrench@microsoft.com committer-date:>2025-01-01');
    expect(steve.json.items.map((i: any) => i.commit.message.split('\n')[0])).toEqual(['cifs: update internal module version number', 'smb: align durable reconnect v2 context to 8 byte boundary']);
    const window = await q('author-name:"Linus Torvalds" committer-date:2022-10-01..2022-10-15 merge:true');
    expect(window.json.items.map((i: any) => i.sha)).toEqual([RUST_MERGE]);
    const oldestFirst = await authed(`${API}/search/commits?q=${encodeURIComponent('repo:torvalds/linux "Linux 6.1-rc"')}&sort=committer-date&order=asc&per_page=2`);
    expect(oldestFirst.json.items.map((i: any) => i.commit.message)).toEqual(['Linux 6.1-rc1', 'Linux 6.1-rc2']);
    expect(oldestFirst.json.total_count).toBe(8);
    expect(linkFor(oldestFirst.headers.get('link'), 'last')).toMatch(/&page=4$/);
  });

  it('refuses a query without repo:torvalds/linux', async () => {
    const refused = await authed(`${API}/search/commits?q=smb3`);
    expect(refused.status).toBe(422);
    expect(refused.json.message).toBe('Validation Failed');
  });
});

describe('rate limits, tokens and conditional requests', () => {
  it('allows 60 anonymous core requests an hour, 5000 with a token, searches apart', async () => {
    let clock = Date.parse('2026-03-01T10:00:00Z');
    const limited = createGitHubApi({ gitDir: repo.gitDir, aliases: repo.aliases, now: () => clock });
    for (let i = 1; i <= 60; i++) {
      const ok = await get(`${REPO}/commits/${FIX}`, { via: limited });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-ratelimit-remaining')).toBe(String(60 - i));
    }
    const over = await get(`${REPO}/commits/${FIX}`, { via: limited });
    expect(over.status).toBe(403);
    expect(over.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(over.headers.get('x-ratelimit-reset')).toBe(String((clock + 3_600_000) / 1000));
    expect(over.json.message).toMatch(/^API rate limit exceeded for /);

    const withToken = await get(`${REPO}/commits/${FIX}`, { via: limited, token: TOKEN });
    expect(withToken.status).toBe(200);
    expect([withToken.headers.get('x-ratelimit-limit'), withToken.headers.get('x-ratelimit-remaining')]).toEqual(['5000', '4999']);

    const search = await get(`${API}/search/commits?q=repo:torvalds/linux+nova`, { via: limited });
    expect(search.status).toBe(200);
    expect([search.headers.get('x-ratelimit-resource'), search.headers.get('x-ratelimit-limit'), search.headers.get('x-ratelimit-remaining')]).toEqual(['search', '10', '9']);

    const rateLimit = await get(`${API}/rate_limit`, { via: limited });
    expect(rateLimit.json.resources.core).toMatchObject({ limit: 60, remaining: 0, used: 60 });

    clock += 3_600_000;
    const renewed = await get(`${REPO}/commits/${FIX}`, { via: limited });
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('x-ratelimit-remaining')).toBe('59');

    limited.setRateLimit('core', { remaining: 0, resetAt: clock + 5_000 }, { token: TOKEN });
    expect((await get(`${REPO}/commits/${FIX}`, { via: limited, token: TOKEN })).status).toBe(403);
    clock += 5_000;
    expect((await get(`${REPO}/commits/${FIX}`, { via: limited, token: TOKEN })).status).toBe(200);

    const calls = limited.calls();
    expect(calls.filter((c) => c.status === 403)).toHaveLength(2);
    expect(calls[60]).toMatchObject({ status: 403, resource: 'core', counted: false, authenticated: false });
    limited.resetCalls();
    expect(limited.calls()).toEqual([]);
  });

  it('answers 401 for a bad token and for /user without one', async () => {
    expect(await get(`${API}/user`, { token: 'not-a-token' })).toMatchObject({ status: 401, json: { message: 'Bad credentials' } });
    expect(await get(`${API}/user`)).toMatchObject({ status: 401, json: { message: 'Requires authentication' } });
    expect(await get(`${API}/user`, { headers: { authorization: `token ${TOKEN}` } })).toMatchObject({ status: 200, json: { login: 'kc-test-user', id: 1 } });
  });

  it('answers If-None-Match with a 304 that is free only with a token', async () => {
    const fresh = createGitHubApi({ gitDir: repo.gitDir, aliases: repo.aliases });
    for (const token of [undefined, TOKEN]) {
      const first = await get(`${REPO}/compare/v6.1...${FIX}`, { via: fresh, token });
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
      const again = await get(`${REPO}/compare/v6.1...${FIX}`, { via: fresh, token, headers: { 'if-none-match': etag! } });
      expect(again.status).toBe(304);
      expect(again.json).toBeUndefined();
      const used = Number(first.headers.get('x-ratelimit-used'));
      expect(Number(again.headers.get('x-ratelimit-used'))).toBe(token ? used : used + 1);
    }
    expect(fresh.calls().map((c) => [c.status, c.counted, c.authenticated])).toEqual([
      [200, true, false],
      [304, true, false],
      [200, true, true],
      [304, false, true],
    ]);
  });

  it('sends GitHub’s CORS headers', async () => {
    const answer = await authed(`${REPO}/commits/${FIX}`);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/ETag, Link,.*Retry-After.*X-RateLimit-Limit.*X-RateLimit-Remaining.*X-RateLimit-Used.*X-RateLimit-Resource.*X-RateLimit-Reset/);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});

describe('as the project’s HttpClient sees it', () => {
  it('answers through HttpClient and turns an exhausted budget into a rate-limited failure', async () => {
    const clientApi = createGitHubApi({ gitDir: repo.gitDir, aliases: repo.aliases });
    const client = new HttpClient({ fetch: gitHubFetch(clientApi), headersFor: () => ({ authorization: `Bearer ${TOKEN}` }) });
    const { json } = await client.getJson({ url: `${REPO}/compare/v6.1-rc1...${NOVA}` });
    expect(json).toMatchObject({ status: 'behind' });
    clientApi.setRateLimit('core', { remaining: 0, resetAt: Date.now() + 60_000 }, { token: TOKEN });
    const failure = await client.getJson({ url: `${REPO}/commits/${NOVA}` }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FetchError);
    expect((failure as FetchError).reason).toBe('rate-limited');
  });

  it('rejects other hosts like a failed fetch', async () => {
    await expect(gitHubFetch(api)('https://git.kernel.org/torvalds/c/07a3ce7c0937')).rejects.toBeInstanceOf(TypeError);
  });
});

describe('behind the world server', () => {
  it('answers api.github.com through the handler, after faults and preflights', async () => {
    const server = await startWorldServer({ worlds: [], port: 0, handlers: { 'api.github.com': api.handle } });
    const request = (method: string, p: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = https.request(
          { host: '127.0.0.1', port: server.port, servername: 'api.github.com', ca: server.caPem, method, path: p, headers: { host: 'api.github.com', authorization: `Bearer ${TOKEN}` } },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end();
      });
    try {
      const ok = await request('GET', `/repos/torvalds/linux/commits/${FIX.slice(0, 12)}`);
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body).sha).toBe(FIX);
      server.setFault({ host: 'api.github.com' }, { status: 503, times: 1 });
      expect((await request('GET', '/repos/torvalds/linux/commits/master')).status).toBe(503);
      expect((await request('OPTIONS', '/repos/torvalds/linux/commits/master')).status).toBe(204);
      expect((await request('GET', '/repos/torvalds/linux/commits/master')).status).toBe(200);
      expect(server.requests().map((r) => [r.method, r.status])).toEqual([
        ['GET', 200],
        ['GET', 503],
        ['OPTIONS', 204],
        ['GET', 200],
      ]);
    } finally {
      await server.close();
    }
  });
});
