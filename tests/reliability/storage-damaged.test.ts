/**
 * Damaged records, judged by what a user would notice: a record of the wrong shape, with
 * missing fields or wrong types, a string where an object belongs, or one a future release
 * wrote its own way, is a miss — fetched again and replaced — never served, never a crash.
 * Answers come from the real resolvers over the demo world and a model GitHub.
 */
import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import type { CacheRecord } from '@/utils/cache/database';
import { FetchError } from '@/utils/net/fetch-error';
import { ArticleIndex } from '@/utils/news/article-index';
import { knownDevelopments } from '@/utils/resolvers/later-news';
import { resolveCurrentReleases } from '@/utils/resolvers/current-releases';
import { resolveMainlineStatus } from '@/utils/resolvers/mainline-status';
import { KERNEL_ORG_RELEASES_URL } from '@/utils/sources/kernel-org-releases';
import type { MainlineStatus } from '@/utils/types';
import { fakeClock } from '../helpers/fake-clock';
import { stubGitHub } from './github-stub';
import { CURRENT, HOUR, MINUTE, POLICY, article, readRaw, releaseData, stored, world, writeRaw } from './storage-world';

describe('damaged records are misses: fetched again and replaced, never served', () => {
  const KEY = 'kernel.org:releases';
  const at = fakeClock().now();
  const good = stored(KEY, CURRENT, at - MINUTE, 6 * HOUR, 30 * 24 * HOUR);
  const damaged: [string, unknown][] = [
    ['a string where the value object belongs', { ...good, value: 'garbage' }],
    ['a value without its fields', { ...good, value: {} }],
    ['value fields of the wrong types', { ...good, value: { latestStable: 6.1, releases: 'none' } }],
    ['a release list with a damaged entry', { ...good, value: { ...CURRENT, releases: [...CURRENT.releases, { moniker: 'stable', version: null }] } }],
    ['a value without its bookkeeping', { key: KEY, value: CURRENT }],
    ['lifetimes as text', { ...good, fetchedAt: 'then', expiresAt: '99999999999999', staleUntil: 'never' }],
    ['a failure as a string', { key: KEY, failure: 'timeout', failureUntil: at + HOUR, lastAccess: at, size: 100 }],
    ['a failure without the time it stands until', { key: KEY, failure: { reason: 'timeout', detail: 'no answer', at }, lastAccess: at, size: 100 }],
    ['a record a future release wrote in its own shape', { ...good, value: { format: 3, data: CURRENT } }],
  ];

  it.each(damaged)('%s', async (_name, record) => {
    await writeRaw('answers', [record]);
    const http = world();
    const cache = new AnswerCache(await openCacheStore(), { now: http.clock.now });
    const answer = await resolveCurrentReleases(cache, http.client, { refresh: false });
    expect(answer).toMatchObject({ value: CURRENT, from: 'network', stale: false });
    expect(answer.failure).toBeUndefined();
    expect(http.fetched).toEqual([KERNEL_ORG_RELEASES_URL]);
    // Replaced by the good answer, which is then served from the cache.
    expect((await readRaw('answers', KEY)) as CacheRecord).toMatchObject({ value: CURRENT });
    expect(await resolveCurrentReleases(cache, http.client, { refresh: false })).toMatchObject({ value: CURRENT, from: 'cache' });
  });

  it('also when the source fails: the failure is returned and the damaged record replaced by it', async () => {
    await writeRaw('answers', [{ ...good, value: 'garbage', expiresAt: 0, staleUntil: 0 }]);
    const cache = new AnswerCache(await openCacheStore());
    const answer = await cache.resolve(KEY, () => Promise.reject(new FetchError('timeout', 'no answer')), POLICY, { valid: (value) => typeof value === 'object' });
    expect(answer).toMatchObject({ from: 'none', failure: { reason: 'timeout' } });
    expect(answer.value).toBeUndefined();
    expect(await readRaw('answers', KEY)).not.toHaveProperty('value');
  });

  it('release history: a damaged endoflife.date record does not break the release badges', async () => {
    await writeRaw('answers', [stored('endoflife.date:linux', 'garbage', at - MINUTE, 24 * HOUR, 365 * 24 * HOUR), stored('kernel.org:releases', { latestStable: '6.16.1' }, at - MINUTE)]);
    const http = world();
    const cache = new AnswerCache(await openCacheStore(), { now: http.clock.now });
    const answer = await releaseData(cache, http);
    expect(answer).toMatchObject({ from: 'network', value: { source: 'endoflife.date', current: CURRENT } });
    expect(answer.value?.cycles.length).toBeGreaterThan(50);
  });

  it('mainline: a damaged "merged" kept for good is established again, not served for good', async () => {
    const sha = 'a'.repeat(40);
    const gh = stubGitHub({ tags: ['v6.0', 'v6.1-rc1', 'v6.1'], commits: [{ sha, firstTag: 1, date: '2022-10-03T10:00:00Z' }], paths: { 'rust/': sha } });
    const key = 'mainline:path:rust/';
    await writeRaw('answers', [
      stored(key, { kind: 'path', subject: 'rust/', state: 'merged', release: '6.1', evidence: 'https://git.kernel.org/torvalds/c/aaaa' }, at - MINUTE, Infinity, 0),
      stored(`mainline:first-tag:${sha}`, 'v6.1-rc1', at - MINUTE, Infinity, 0),
    ]);
    const cache = new AnswerCache(await openCacheStore(), { now: () => at });
    const status: MainlineStatus = await resolveMainlineStatus({ cache, github: gh.github, releaseDates: async () => ({ '6.0': '2022-10-02', '6.1': '2022-12-11' }), now: () => at }, { kind: 'path', path: 'rust/' });
    expect(status).toMatchObject({ state: 'merged', release: '6.1', tag: 'v6.1-rc1', releasedOn: '2022-12-11' });
    expect(Array.isArray(status.evidence) && status.evidence.length > 0).toBe(true);
    expect(gh.calls).toContain('oldestCommitTouching');
  });

  it('a damaged size does not disable the size cap', async () => {
    await writeRaw('answers', [{ ...stored('odd', { x: 1 }, 1), size: 'big' }]);
    const clock = fakeClock();
    const cache = new AnswerCache(await openCacheStore(), { now: clock.now, maxBytes: 3_000 });
    for (let i = 0; i < 10; i++) {
      await cache.resolve(`k${i}`, async () => 'x'.repeat(900), POLICY);
      clock.advance(MINUTE);
    }
    const stats = await cache.stats();
    expect(stats.bytes).toBeLessThanOrEqual(3_000);
    expect(stats.entries).toBeGreaterThan(0);
  });

  it('article index: damaged articles are never listed, are dropped, and a new sighting replaces one', async () => {
    const url = (n: number) => article(n).url;
    await writeRaw('articles', [
      article(1),
      { url: url(2), title: 42, seenIn: 'rss', seenAt: 2, date: '2025-01-02' },
      { url: url(3) },
      { ...article(4), seenAt: 'yesterday' },
      { ...article(5), date: 20250102 },
    ]);
    const index = await ArticleIndex.open();
    expect(await index.all()).toEqual([article(1)]);
    expect(await index.count()).toBe(1);
    expect(await index.since('2025-01-01')).toEqual([article(1)]);

    await writeRaw('articles', [{ url: url(2), title: 42, seenIn: 'rss', seenAt: 2 }]);
    await index.add([article(2, 9)]);
    expect(await index.all()).toEqual([article(2, 9), article(1)]);
    const teasers = [{ url: 'https://www.phoronix.com/news/Teaser', title: 'Linux item', date: '2024-12-01' }];
    await expect(knownDevelopments(index, teasers, Date.now())).resolves.toBeInstanceOf(Array);
  });
});

