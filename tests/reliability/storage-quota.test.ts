/**
 * A full disk (QuotaExceededError on a write), judged by what a user would notice: the
 * answer is still returned, the storage error is never remembered as the source's failure,
 * the least recently used entries make room (or the write is skipped), and later writes work.
 * IndexedDB refuses the writes the way browsers do (tests/reliability/idb-faults.ts).
 */
import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import { FetchError } from '@/utils/net/fetch-error';
import { ArticleIndex } from '@/utils/news/article-index';
import { resolveCurrentReleases } from '@/utils/resolvers/current-releases';
import { fakeClock } from '../helpers/fake-clock';
import { diskFull } from './idb-faults';
import { CURRENT, MINUTE, POLICY, article, world } from './storage-world';

describe('a full disk (QuotaExceededError)', () => {
  const big = (tag: string) => ({ tag, text: tag.repeat(500) });

  it('makes room by evicting the least recently used answers, stores the new one, and later writes work', async () => {
    const clock = fakeClock();
    const cache = new AnswerCache(await openCacheStore(), { now: clock.now });
    for (const key of ['a', 'b', 'c']) {
      await cache.resolve(key, async () => big(key), POLICY);
      clock.advance(2 * MINUTE);
    }
    const disk = diskFull('answers', 3);

    const answer = await cache.resolve('d', async () => big('d'), POLICY);
    expect(answer).toMatchObject({ value: big('d'), from: 'network', stale: false });
    expect(answer.failure).toBeUndefined();
    expect(disk.refusals()).toBe(1);
    expect(await cache.peek('a')).toBeUndefined(); // the least recently used made room
    expect((await cache.peek('c'))?.value).toEqual(big('c'));
    expect((await cache.peek('d'))?.value).toEqual(big('d'));

    clock.advance(MINUTE);
    const load = vi.fn(async () => big('e'));
    await cache.resolve('e', load, POLICY);
    expect((await cache.resolve('e', load, POLICY)).from).toBe('cache');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('still returns the answer when nothing can be written, remembers no failure for it, and keeps it once there is room', async () => {
    const http = world();
    const cache = new AnswerCache(await openCacheStore(), { now: http.clock.now });
    const disk = diskFull('answers', 0);

    const answer = await resolveCurrentReleases(cache, http.client, { refresh: false });
    expect(answer).toMatchObject({ value: CURRENT, from: 'network', stale: false });
    expect(answer.failure).toBeUndefined();
    expect(disk.refusals()).toBeGreaterThan(0);
    expect(await cache.peek('kernel.org:releases')).toBeUndefined(); // skipped, not stored as a failure

    const again = await resolveCurrentReleases(cache, http.client, { refresh: false });
    expect(again).toMatchObject({ value: CURRENT, from: 'network' });
    expect(again.failure).toBeUndefined();

    disk.setCapacity(10);
    await resolveCurrentReleases(cache, http.client, { refresh: false });
    const requests = http.fetched.length;
    expect(await resolveCurrentReleases(cache, http.client, { refresh: false })).toMatchObject({ value: CURRENT, from: 'cache' });
    expect(http.fetched).toHaveLength(requests);
  });

  it("returns a source's failure as that failure, whether or not it could be remembered", async () => {
    const cache = new AnswerCache(await openCacheStore());
    diskFull('answers', 0);
    const answer = await cache.resolve('k', () => Promise.reject(new FetchError('offline', 'The browser is offline')), POLICY);
    expect(answer).toMatchObject({ from: 'none', failure: { reason: 'offline' } });
    expect(answer.value).toBeUndefined();
  });

  it('makes room in the article index by dropping the articles seen longest ago; with none at all, the sighting is not kept and nothing throws', async () => {
    const index = await ArticleIndex.open();
    await index.add([article(1), article(2), article(3), article(4)]);
    const disk = diskFull('articles', 4);
    await index.add([article(5)]);
    expect(disk.refusals()).toBe(1);
    expect((await index.all()).map((a) => a.seenAt).sort()).toEqual([3, 4, 5]);

    disk.setCapacity(0);
    await expect(index.add([article(6)])).resolves.toBeUndefined();
    const left = await index.all();
    expect(left.map((a) => a.seenAt)).not.toContain(6);
    expect(left.every((a) => a.title.startsWith('Linux'))).toBe(true);
    disk.setCapacity(10);
    await index.add([article(7)]);
    expect((await index.all()).map((a) => a.seenAt)).toContain(7);
  });
});

