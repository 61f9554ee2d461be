/**
 * The mainline resolver against the git-backed GitHub stand-in (e2e/github/): every
 * containment answer comes from `git` over a synthetic mainline history with all 1,000-odd
 * real tags at their real dates, so the binary search is checked against real ancestry.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitHubFetch, startGitHubStandIn } from '../../e2e/github/github-api.mjs';
import { AnswerCache } from '@/utils/cache/answer-cache';
import { MemoryCacheStore } from '@/utils/cache/cache-store';
import { HttpClient } from '@/utils/net/http-client';
import { parseBundledReleaseData } from '@/utils/release/bundled-data';
import { resolveMainlineStatus } from '@/utils/resolvers/mainline-status';
import { GitHubSource } from '@/utils/sources/github';
import type { MainlineQuery, MainlineStatus } from '@/utils/types';
import { fakeClock } from '../helpers/fake-clock';

type StandIn = Awaited<ReturnType<typeof startGitHubStandIn>>;

const HOUR = 3_600_000;
const here = dirname(fileURLToPath(import.meta.url));
const bundled = parseBundledReleaseData(JSON.parse(readFileSync(resolve(here, '../../public/data/kernel-releases.json'), 'utf8')));
const RELEASE_DATES = Object.fromEntries(bundled.cycles.flatMap((cycle) => (cycle.releasedOn ? [[cycle.series, cycle.releasedOn]] : [])));

const SHA = {
  linuxNextMerge2021: 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2',
  linuxNextMerge2022: '80d15e092a0394fbb670e349bb945540d1a00cbe',
  rustMerge: '36944642c756cfaf5db5d5f121b6141ea5496fe9',
  fix: '07a3ce7c09379672dde171413e7740f64e423e08',
  backport: 'cf8395f410fe2d98d06add33faa7c573f0122ae4',
  nova: '5eb15503d93afd8f703ec2d961abe51442392a40',
  netNext: '97df8dcaad8f41008ac55d4e80c4ac35317a7d7f',
  smbMerge: 'cccbdb9bc555d694a145c0f87103d6e541618e22',
  cifsMerge2019: '78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2',
};

let standIn: StandIn;

/** The clock of the rig in use: the stand-in's rate-limit windows run on it too, not on the real date. */
let activeClock: { now: () => number } | undefined;

beforeAll(async () => {
  standIn = await startGitHubStandIn({ now: () => (activeClock ?? Date).now() });
}, 120_000);

interface Rig {
  resolve: (query: MainlineQuery, options?: { refresh?: boolean }) => Promise<MainlineStatus>;
  clock: ReturnType<typeof fakeClock>;
  /** The stand-in's log since the rig was made: every request that reached "GitHub". */
  calls: () => { path: string; status: number }[];
  compareCalls: () => number;
}

/** A resolver over a fresh cache, talking to the stand-in (optionally through a fault). */
function rig(fault?: (url: string) => Response | undefined): Rig {
  const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
  activeClock = clock;
  standIn.api.resetCalls();
  // Each test starts with GitHub's full anonymous budget (the stand-in keeps one per caller).
  standIn.api.fullAnonymousBudget();
  const real = gitHubFetch(standIn.api);
  const fetch: typeof globalThis.fetch = async (input, init) => fault?.(String(input)) ?? real(input, init);
  const http = new HttpClient({ fetch, now: clock.now, sleep: async () => undefined, isOnline: () => true });
  const github = new GitHubSource(http);
  const cache = new AnswerCache(new MemoryCacheStore('unit test'), { now: clock.now });
  const services = { cache, github, releaseDates: async () => RELEASE_DATES, now: clock.now };
  const calls = () => standIn.api.calls().map(({ path, status }) => ({ path, status }));
  return {
    resolve: (query, options) => resolveMainlineStatus(services, query, options),
    clock,
    calls,
    compareCalls: () => calls().filter((call) => call.path.includes('/compare/')).length,
  };
}

const bound = () => Math.ceil(Math.log2(standIn.tags.length)) + 2;

describe('mainline status from real ancestry', () => {
  it('has the real tag list to search: every mainline tag from v2.6.12-rc2 on', () => {
    expect(standIn.tags.length).toBeGreaterThan(900);
    expect(standIn.tags).toEqual(expect.arrayContaining(['v2.6.12-rc2', 'v5.13', 'v6.1-rc1', 'v6.1', 'v7.0']));
  });

  it('rust/: first reached mainline in Linux 6.1 (tag v6.1-rc1), released 2022-12-11 — the seed article\'s story', async () => {
    const { resolve, compareCalls } = rig();
    const status = await resolve({ kind: 'path', path: 'rust/' });
    expect(status).toMatchObject({
      kind: 'path',
      subject: 'rust/',
      state: 'merged',
      strength: 'verified',
      match: 'path',
      release: '6.1',
      tag: 'v6.1-rc1',
      releasedOn: '2022-12-11',
      commit: { committedOn: '2022-09-28' },
    });
    expect(status.evidence.map((link) => link.href)).toEqual(expect.arrayContaining(['https://git.kernel.org/torvalds/h/v6.1-rc1', 'https://kernelnewbies.org/Linux_6.1']));
    expect(compareCalls()).toBeLessThanOrEqual(bound());
  });

  it("the seed article's linux-next merge: never in mainline, named as a linux-next merge — though GitHub holds the commit", async () => {
    const { resolve, calls } = rig();
    const status = await resolve({ kind: 'commit', sha: SHA.linuxNextMerge2021, tree: 'next/linux-next' });
    expect(status).toMatchObject({ subject: SHA.linuxNextMerge2021, state: 'not-merged', notMerged: 'linux-next-merge' });
    expect(status.reason).toContain('linux-next is rebuilt daily');
    expect(status.evidence.map((link) => link.href)).toContain(`https://git.kernel.org/next/linux-next/c/${SHA.linuxNextMerge2021}`);
    // A 200 from /commits/{sha} proves nothing: the answer came from the containment test.
    expect(calls()[0]?.path).toBe(`/repos/torvalds/linux/compare/master...${SHA.linuxNextMerge2021}`);
  });

  it('a linux-next merge named only by its subject (no tree given) is still one', async () => {
    const { resolve } = rig();
    expect(await resolve({ kind: 'commit', sha: SHA.linuxNextMerge2022.slice(0, 12) })).toMatchObject({ state: 'not-merged', notMerged: 'linux-next-merge', subject: SHA.linuxNextMerge2022 });
  });

  it.each([
    ['an ordinary fix merged after v6.1', SHA.fix, '6.2', 'v6.2-rc1'],
    ["Linus's merge of the rust-6.1 tag", SHA.rustMerge, '6.1', 'v6.1-rc1'],
    ['a drm/nova commit of the 6.1 merge window', SHA.nova, '6.1', 'v6.1-rc1'],
    ['the smb3 pull merged after 6.19-rc1', SHA.smbMerge, '6.19', 'v6.19-rc2'],
    ['the 2019 CIFS pull merged in the 5.2 merge window', SHA.cifsMerge2019, '5.2', 'v5.2-rc1'],
  ])('%s: the first tag containing it, within ⌈log2(tags)⌉ + 2 compare calls', async (_name, sha, release, tag) => {
    const { resolve, compareCalls } = rig();
    const status = await resolve({ kind: 'commit', sha, tree: 'torvalds/linux' });
    expect(status).toMatchObject({ subject: sha, state: 'merged', match: 'sha', release, tag });
    expect(compareCalls()).toBeLessThanOrEqual(bound());
  });

  it('an abbreviated sha is answered with the full one', async () => {
    const { resolve } = rig();
    expect(await resolve({ kind: 'commit', sha: SHA.fix.slice(0, 12) })).toMatchObject({ subject: SHA.fix, state: 'merged', release: '6.2' });
  });

  it('a stable backport: in mainline as the upstream commit its message names', async () => {
    const { resolve } = rig();
    const status = await resolve({ kind: 'commit', sha: SHA.backport, tree: 'stable/linux' });
    expect(status).toMatchObject({ subject: SHA.backport, state: 'merged', match: 'upstream', release: '6.2', commit: { sha: SHA.fix } });
    expect(status.evidence.map((link) => link.href)).toContain(`https://git.kernel.org/stable/c/${SHA.backport}`);
  });

  it('a net-next commit not merged yet: not in mainline, after looking for its Link: msgid and its subject and author', async () => {
    const { resolve, calls } = rig();
    const status = await resolve({ kind: 'commit', sha: SHA.netNext, tree: 'netdev/net-next' });
    expect(status).toMatchObject({ subject: SHA.netNext, state: 'not-merged', notMerged: 'not-in-mainline' });
    expect(calls().filter((call) => call.path.startsWith('/search/commits')).length).toBe(2);
  });

  it('a commit GitHub has never seen: not in mainline, and says so', async () => {
    const { resolve } = rig();
    expect(await resolve({ kind: 'commit', sha: '0123456789abcdef0123456789abcdef01234567' })).toMatchObject({ state: 'not-merged', notMerged: 'unknown-commit' });
  });

  it("a patch's message id: merged as the mainline commit whose Link: trailer names it", async () => {
    const { resolve } = rig();
    const nova = (await standIn.api.handle({ method: 'GET', path: `/repos/torvalds/linux/commits/${SHA.nova}`, headers: {} })).body;
    const msgid = /patch\.msgid\.link\/(\S+)/.exec((JSON.parse(nova) as { commit: { message: string } }).commit.message)?.[1];
    expect(msgid).toBeDefined();
    const status = await resolve({ kind: 'msgid', msgid: msgid!, patch: { subject: 'whatever the page says' } });
    expect(status).toMatchObject({ kind: 'msgid', subject: msgid, state: 'merged', match: 'link', release: '6.1', commit: { sha: SHA.nova } });
  });

  it('a message no mainline commit links: unknown for any message, not merged for a patch', async () => {
    const { resolve } = rig();
    const msgid = '20221205-rust-phy-paged-v3-1-6a2f1d9e0b1c@example.org';
    expect(await resolve({ kind: 'msgid', msgid })).toMatchObject({ state: 'unknown' });
    expect(await resolve({ kind: 'msgid', msgid, patch: { subject: 'rust: net::phy: add `Device::read_paged`', authorName: 'Tomás Okafor' } })).toMatchObject({ state: 'not-merged', notMerged: 'no-match' });
  });

  it('a pull request: by the pr-tracker-bot merge sha, or by its tag merged by Linus', async () => {
    const { resolve } = rig();
    const msgid = 'CAH2r5mtxKs7+wFMoE2m9gMZLc9vr3Jj9eEm21JZCNsunuiydDQ@mail.gmail.com';
    expect(await resolve({ kind: 'pull', msgid, subject: '[GIT PULL] smb3 client fixes', mergeSha: SHA.smbMerge })).toMatchObject({
      kind: 'pull',
      subject: msgid,
      state: 'merged',
      match: 'pr-tracker-bot',
      release: '6.19',
      tag: 'v6.19-rc2',
    });
    const byTag = await resolve({ kind: 'pull', msgid: `other-${msgid}`, subject: '[GIT PULL] smb3 client fixes', tag: 'v6.19-rc1-smb3-client-fixes' });
    expect(byTag).toMatchObject({ state: 'merged', match: 'merge-tag', release: '6.19', commit: { sha: SHA.smbMerge, isMerge: true } });
  });

  it('a path nothing in mainline touches: not merged', async () => {
    const { resolve } = rig();
    expect(await resolve({ kind: 'path', path: 'drivers/gpu/drm/tyr/' })).toMatchObject({ state: 'not-merged', notMerged: 'no-path' });
  });
});

describe('mainline answers in the cache', () => {
  it('a merged commit is a fact for good: asked once, never again', async () => {
    const { resolve, calls, clock } = rig();
    await resolve({ kind: 'commit', sha: SHA.fix });
    const spent = calls().length;
    clock.advance(400 * 24 * HOUR);
    expect(await resolve({ kind: 'commit', sha: SHA.fix })).toMatchObject({ state: 'merged', release: '6.2' });
    expect(calls()).toHaveLength(spent);
  });

  it('"not merged yet" is asked again after three hours (served meanwhile)', async () => {
    const { resolve, calls, clock } = rig();
    await resolve({ kind: 'commit', sha: SHA.netNext });
    const spent = calls().length;
    clock.advance(2 * HOUR);
    await resolve({ kind: 'commit', sha: SHA.netNext });
    expect(calls()).toHaveLength(spent);
    clock.advance(2 * HOUR);
    expect((await resolve({ kind: 'commit', sha: SHA.netNext })).state).toBe('not-merged');
    await vi.waitFor(() => expect(calls().length).toBeGreaterThan(spent));
  });

  it('the tag list is fetched once for every subject', async () => {
    const { resolve, calls } = rig();
    await resolve({ kind: 'commit', sha: SHA.fix });
    await resolve({ kind: 'commit', sha: SHA.nova });
    expect(calls().filter((call) => call.path.includes('matching-refs')).length).toBe(1);
  });
});

describe('mainline status when GitHub fails', () => {
  const failing = (response: () => Response) => (url: string) => (url.startsWith('https://api.github.com/') ? response() : undefined);

  it.each([
    ['HTTP 500', () => new Response('oops', { status: 500 }), 'http-error'],
    ['garbage JSON', () => new Response('{"status": "behind", "ahead_by": "lots"', { status: 200 }), 'bad-response'],
    ['an HTML error page', () => new Response('<html>Unicorn!</html>', { status: 200, headers: { 'content-type': 'text/html' } }), 'bad-response'],
  ])('%s: unavailable with the reason — never "not merged"', async (_name, response, reason) => {
    const { resolve } = rig(failing(response));
    const status = await resolve({ kind: 'commit', sha: SHA.netNext });
    expect(status).toMatchObject({ state: 'unavailable', failure: { reason } });
    expect(status).not.toHaveProperty('notMerged');
  });

  it('offline: unavailable, and says so', async () => {
    const clock = fakeClock();
    const http = new HttpClient({ fetch: gitHubFetch(standIn.api), now: clock.now, isOnline: () => false });
    const services = { cache: new AnswerCache(new MemoryCacheStore('unit test'), { now: clock.now }), github: new GitHubSource(http), releaseDates: async () => RELEASE_DATES, now: clock.now };
    expect(await resolveMainlineStatus(services, { kind: 'path', path: 'rust/' })).toMatchObject({ state: 'unavailable', failure: { reason: 'offline' } });
  });

  it('a failure is not cached as a fact: once GitHub answers again, so does the resolver', async () => {
    let broken = true;
    const { resolve, clock } = rig((url) => (broken && url.startsWith('https://api.github.com/') ? new Response('oops', { status: 502 }) : undefined));
    expect((await resolve({ kind: 'path', path: 'rust/' })).state).toBe('unavailable');
    broken = false;
    clock.advance(3 * 60_000);
    expect(await resolve({ kind: 'path', path: 'rust/' })).toMatchObject({ state: 'merged', release: '6.1' });
  });

  it('a refresh once GitHub is back goes past the failures it left, the tag list\'s too', async () => {
    let broken = true;
    const { resolve } = rig((url) => (broken && url.includes('/git/matching-refs/') ? new Response('oops', { status: 500 }) : undefined));
    expect((await resolve({ kind: 'path', path: 'rust/' })).state).toBe('unavailable');
    broken = false;
    // At once, inside the 2 minutes a failure stands: the reader's "Refresh" asks again.
    expect(await resolve({ kind: 'path', path: 'rust/' }, { refresh: true })).toMatchObject({ state: 'merged', release: '6.1' });
  });

  it('rate-limited: unavailable until the reset GitHub gave, the last known answer kept, and no request spent meanwhile', async () => {
    const { resolve, calls, clock } = rig();
    const first = await resolve({ kind: 'commit', sha: SHA.netNext });
    expect(first.state).toBe('not-merged');
    const resetAt = clock.now() + 5 * HOUR;
    standIn.api.setRateLimit('core', { remaining: 0, resetAt });
    standIn.api.setRateLimit('search', { remaining: 0, resetAt });
    clock.advance(4 * HOUR);
    const spentBefore = calls().length;
    const status = await resolve({ kind: 'commit', sha: SHA.netNext }, { refresh: true });
    expect(status).toMatchObject({ state: 'unavailable', failure: { reason: 'rate-limited', retryAt: Math.floor(resetAt / 1000) * 1000 }, lastKnown: { state: 'not-merged' } });
    const spent = calls().length;
    expect(spent).toBe(spentBefore + 1);
    expect(calls().at(-1)?.status).toBe(403);
    // Other subjects wait too: nothing is sent until the reset.
    expect((await resolve({ kind: 'path', path: 'rust/' })).failure?.reason).toBe('rate-limited');
    expect(calls()).toHaveLength(spent);
  });
});
