import { gitHubFetch, startGitHubStandIn } from '../../e2e/github/github-api.mjs';
import { HttpClient } from '@/utils/net/http-client';
import { gitHubAuthHeaders } from '@/utils/settings/github-token';
import { GitHubSource, lastLink, nextLink } from '@/utils/sources/github';

type StandIn = Awaited<ReturnType<typeof startGitHubStandIn>>;
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startGitHubStandIn();
}, 120_000);

beforeEach(() => {
  standIn.api.resetCalls();
  standIn.api.setRateLimit('core', { remaining: 60, resetAt: Date.now() + 3_600_000 });
  standIn.api.setRateLimit('core', { remaining: 5000, resetAt: Date.now() + 3_600_000 }, { token: 'kc-test-token' });
});

function source(token: string | null = null, fetch = gitHubFetch(standIn.api)) {
  const http = new HttpClient({ fetch, sleep: async () => undefined, headersFor: (url) => gitHubAuthHeaders(url, token) });
  return { http, github: new GitHubSource(http, { hasToken: () => token !== null }) };
}

describe('GitHubSource over the stand-in', () => {
  it('compare: "behind" for a commit in the tag, "diverged" for one that never landed, null for an unknown id', async () => {
    const { github } = source();
    expect((await github.contains('v6.1-rc1', '36944642c756cfaf5db5d5f121b6141ea5496fe9'))?.contained).toBe(true);
    expect((await github.contains('v6.0', '36944642c756cfaf5db5d5f121b6141ea5496fe9'))?.contained).toBe(false);
    const next = await github.contains('master', 'c7c4c9b88eec');
    expect(next).toMatchObject({ contained: false, comparison: { status: 'diverged', headCommit: { sha: 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2' } } });
    expect(await github.contains('master', 'ffffffffffff')).toBeNull();
  });

  it('lists every tag, and the oldest commit of a path through the last page of its history', async () => {
    const { github } = source();
    const names = await github.tagNames();
    expect(names.length).toBe(standIn.tags.length);
    const oldest = await github.oldestCommitTouching('rust/');
    expect(oldest?.committer.date?.slice(0, 10)).toBe('2022-09-28');
    expect(github.calls.commits).toBe(2);
  });

  it('sends conditional requests when a token is set: a 304 answers from what was kept, and costs nothing', async () => {
    const { github } = source('kc-test-token');
    const first = await github.commit('07a3ce7c09379672dde171413e7740f64e423e08');
    const second = await github.commit('07a3ce7c09379672dde171413e7740f64e423e08');
    expect(second).toEqual(first);
    const calls = standIn.api.calls();
    expect(calls.map((call) => call.status)).toEqual([200, 304]);
    expect(calls.every((call) => call.authenticated)).toBe(true);
  });

  it('without a token, never conditional (a 304 would cost as much as an answer)', async () => {
    const { github } = source();
    await github.commit('07a3ce7c09379672dde171413e7740f64e423e08');
    await github.commit('07a3ce7c09379672dde171413e7740f64e423e08');
    expect(standIn.api.calls().map((call) => call.status)).toEqual([200, 200]);
  });

  it('queues requests: never more than two at once to GitHub', async () => {
    let running = 0;
    let most = 0;
    const real = gitHubFetch(standIn.api);
    const { github } = source(null, async (input, init) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      try {
        return await real(input, init);
      } finally {
        running--;
      }
    });
    await Promise.all(['v5.13', 'v5.14', 'v5.15', 'v5.16', 'v6.0', 'v6.1'].map((tag) => github.contains(tag, '36944642c756')));
    expect(most).toBe(2);
  });

  it('follows only Link URLs on api.github.com', () => {
    expect(nextLink('<https://api.github.com/repos/torvalds/linux/tags?page=2>; rel="next", <https://api.github.com/repos/torvalds/linux/tags?page=9>; rel="last"')).toBe('https://api.github.com/repos/torvalds/linux/tags?page=2');
    expect(lastLink('<https://evil.example/x?page=9>; rel="last"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
