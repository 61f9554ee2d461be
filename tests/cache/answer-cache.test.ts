import { AnswerCache, type CachePolicy } from '@/utils/cache/answer-cache';
import { MemoryCacheStore, openCacheStore, type CacheStore } from '@/utils/cache/cache-store';
import { FetchError } from '@/utils/net/fetch-error';
import { deferred, fakeClock, settle, type FakeClock } from '../helpers/fake-clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const POLICY: CachePolicy = { ttlMs: HOUR, staleMs: 24 * HOUR };

interface Release {
  version: string;
}

/** A source that answers what it is told to, counting how often it is asked. */
function source<T>(first: T) {
  let next: () => Promise<T> = async () => first;
  const load = vi.fn(() => next());
  return {
    load,
    answers: (value: T) => {
      next = async () => value;
    },
    fails: (error: unknown) => {
      next = async () => {
        throw error;
      };
    },
    waitsFor: (promise: Promise<T>) => {
      next = () => promise;
    },
  };
}

const stores: [string, () => Promise<CacheStore>][] = [
  ['IndexedDB', () => openCacheStore()],
  ['memory', async () => new MemoryCacheStore('test')],
];

describe.each(stores)('AnswerCache over the %s store', (_name, makeStore) => {
  let clock: FakeClock;
  let cache: AnswerCache;

  beforeEach(async () => {
    clock = fakeClock();
    cache = new AnswerCache(await makeStore(), { now: clock.now, failureTtlMs: 2 * MINUTE });
  });

  it('loads an unknown key from the source and says it came from the network', async () => {
    const src = source<Release>({ version: '6.1' });
    const answer = await cache.resolve('k', src.load, POLICY);
    expect(answer).toMatchObject({ value: { version: '6.1' }, from: 'network', stale: false, fetchedAt: clock.now() });
    expect(answer.failure).toBeUndefined();
    expect(src.load).toHaveBeenCalledTimes(1);
  });

  it('answers a fresh key from the cache without asking the source', async () => {
    const src = source<Release>({ version: '6.1' });
    const firstFetch = clock.now();
    await cache.resolve('k', src.load, POLICY);
    clock.advance(POLICY.ttlMs - 1);
    src.answers({ version: 'changed' });
    const answer = await cache.resolve('k', src.load, POLICY);
    expect(answer).toMatchObject({ value: { version: '6.1' }, from: 'cache', stale: false, fetchedAt: firstFetch });
    expect(src.load).toHaveBeenCalledTimes(1);
  });

  it('keeps facts with an infinite lifetime for good', async () => {
    const src = source<Release>({ version: '5.13' });
    await cache.resolve('release:5.13', src.load, { ttlMs: Infinity, staleMs: 0 });
    clock.advance(10 * 365 * 24 * HOUR);
    const answer = await cache.resolve('release:5.13', src.load, { ttlMs: Infinity, staleMs: 0 });
    expect(answer).toMatchObject({ value: { version: '5.13' }, from: 'cache', stale: false });
    expect(src.load).toHaveBeenCalledTimes(1);
  });

  it('serves a stale value at once while exactly one refresh runs, then the refreshed value', async () => {
    const src = source<Release>({ version: '6.1-rc1' });
    await cache.resolve('k', src.load, POLICY);
    clock.advance(POLICY.ttlMs + MINUTE);

    const refresh = deferred<Release>();
    src.waitsFor(refresh.promise);
    // The refresh is still pending: these calls must not wait for it.
    const first = await cache.resolve('k', src.load, POLICY);
    const second = await cache.resolve('k', src.load, POLICY);
    for (const answer of [first, second]) {
      expect(answer).toMatchObject({ value: { version: '6.1-rc1' }, from: 'cache', stale: true });
    }
    expect(src.load).toHaveBeenCalledTimes(2); // the first load, then one refresh for both calls

    refresh.resolve({ version: '6.1-rc2' });
    await settle();
    const after = await cache.resolve('k', src.load, POLICY);
    expect(after).toMatchObject({ value: { version: '6.1-rc2' }, stale: false, from: 'cache', fetchedAt: clock.now() });
    expect(src.load).toHaveBeenCalledTimes(2);
  });

  it('waits for the source once a value is past its stale window', async () => {
    const src = source<Release>({ version: 'old' });
    await cache.resolve('k', src.load, POLICY);
    clock.advance(POLICY.ttlMs + POLICY.staleMs + 1);

    const load = deferred<Release>();
    src.waitsFor(load.promise);
    let settled = false;
    const pending = cache.resolve('k', src.load, POLICY).then((answer) => {
      settled = true;
      return answer;
    });
    await settle();
    expect(settled).toBe(false);
    load.resolve({ version: 'new' });
    expect(await pending).toMatchObject({ value: { version: 'new' }, from: 'network', stale: false });
  });

  it('shares one load among concurrent requests for the same key', async () => {
    const load = deferred<Release>();
    const src = source<Release>({ version: 'unused' });
    src.waitsFor(load.promise);
    const answers = Array.from({ length: 8 }, () => cache.resolve('k', src.load, POLICY));
    await settle();
    load.resolve({ version: '7.0' });
    for (const answer of await Promise.all(answers)) expect(answer.value).toEqual({ version: '7.0' });
    expect(src.load).toHaveBeenCalledTimes(1);
  });

  it('does not share loads between different keys', async () => {
    const a = source<Release>({ version: 'a' });
    const b = source<Release>({ version: 'b' });
    const [ra, rb] = await Promise.all([cache.resolve('a', a.load, POLICY), cache.resolve('b', b.load, POLICY)]);
    expect(ra.value).toEqual({ version: 'a' });
    expect(rb.value).toEqual({ version: 'b' });
  });

  it('returns a failure with its reason and never stores it as the value', async () => {
    const src = source<Release>({ version: 'unused' });
    src.fails(new FetchError('bot-wall', 'lore.kernel.org answered with its anti-bot challenge page'));
    const answer = await cache.resolve('k', src.load, POLICY);
    expect(answer.value).toBeUndefined();
    expect(answer.from).toBe('none');
    expect(answer.failure).toMatchObject({ reason: 'bot-wall', at: clock.now() });
    expect(answer.failure?.detail).toContain('anti-bot');

    const peeked = await cache.peek<Release>('k');
    expect(peeked?.value).toBeUndefined();
    expect((await cache.stats()).entries).toBe(0);
  });

  it('turns an unexpected error from a parser into a bad-response failure instead of throwing', async () => {
    const src = source<Release>({ version: 'unused' });
    src.fails(new TypeError("Cannot read properties of undefined (reading 'version')"));
    const answer = await cache.resolve('k', src.load, POLICY);
    expect(answer.failure?.reason).toBe('bad-response');
    expect(answer.value).toBeUndefined();
  });

  it('keeps the last good value and returns it together with the failure', async () => {
    const src = source<Release>({ version: '6.0' });
    const goodFetch = clock.now();
    await cache.resolve('k', src.load, POLICY);
    clock.advance(POLICY.ttlMs + POLICY.staleMs + 1);
    src.fails(new FetchError('http-error', 'www.kernel.org answered HTTP 503', undefined, 503));

    const answer = await cache.resolve('k', src.load, POLICY);
    expect(answer).toMatchObject({ value: { version: '6.0' }, fetchedAt: goodFetch, stale: true, from: 'cache' });
    expect(answer.failure?.reason).toBe('http-error');
    expect((await cache.peek<Release>('k'))?.value).toEqual({ version: '6.0' });
  });

  it('remembers a failed background refresh beside the stale value', async () => {
    const src = source<Release>({ version: '6.0' });
    await cache.resolve('k', src.load, POLICY);
    clock.advance(POLICY.ttlMs + 1);
    src.fails(new FetchError('timeout', 'www.kernel.org did not answer within 10 s'));

    const stale = await cache.resolve('k', src.load, POLICY);
    expect(stale).toMatchObject({ value: { version: '6.0' }, stale: true });
    await settle();
    const next = await cache.resolve('k', src.load, POLICY);
    expect(next).toMatchObject({ value: { version: '6.0' }, stale: true, failure: { reason: 'timeout' } });
    expect(src.load).toHaveBeenCalledTimes(2);
  });

  it('does not ask a failing source again until the failure has expired', async () => {
    const src = source<Release>({ version: 'unused' });
    src.fails(new FetchError('network', 'www.kernel.org could not be reached'));
    await cache.resolve('k', src.load, POLICY);
    for (let i = 0; i < 5; i++) {
      clock.advance(20_000); // 100 s in all, inside the 2-minute failure window
      const answer = await cache.resolve('k', src.load, POLICY);
      expect(answer.failure?.reason).toBe('network');
    }
    expect(src.load).toHaveBeenCalledTimes(1);

    clock.advance(21_000);
    await cache.resolve('k', src.load, POLICY);
    expect(src.load).toHaveBeenCalledTimes(2);
  });

  it('honours a retryAt later than the failure lifetime', async () => {
    const src = source<Release>({ version: 'unused' });
    const retryAt = clock.now() + 30 * MINUTE;
    src.fails(new FetchError('rate-limited', 'api.github.com rate limit reached (HTTP 403)', retryAt, 403));
    const first = await cache.resolve('k', src.load, POLICY);
    expect(first.failure).toMatchObject({ reason: 'rate-limited', retryAt });

    clock.advance(10 * MINUTE); // past the 2-minute failure lifetime, before retryAt
    const during = await cache.resolve('k', src.load, POLICY);
    expect(during.failure?.reason).toBe('rate-limited');
    expect(src.load).toHaveBeenCalledTimes(1);

    clock.advance(20 * MINUTE);
    src.answers({ version: 'after reset' });
    expect((await cache.resolve('k', src.load, POLICY)).value).toEqual({ version: 'after reset' });
    expect(src.load).toHaveBeenCalledTimes(2);
  });

  it('gives the right answer, without the old failure, once the source recovers', async () => {
    const src = source<Release>({ version: '6.0' });
    await cache.resolve('k', src.load, POLICY);
    clock.advance(POLICY.ttlMs + POLICY.staleMs + 1);
    src.fails(new FetchError('offline', 'The browser is offline'));
    await cache.resolve('k', src.load, POLICY);

    clock.advance(3 * MINUTE);
    src.answers({ version: '6.1' });
    const recovered = await cache.resolve('k', src.load, POLICY);
    expect(recovered).toMatchObject({ value: { version: '6.1' }, from: 'network', stale: false });
    expect(recovered.failure).toBeUndefined();

    const cached = await cache.resolve('k', src.load, POLICY);
    expect(cached).toMatchObject({ value: { version: '6.1' }, from: 'cache', stale: false });
    expect(cached.failure).toBeUndefined();
  });

  it('asks the source despite a fresh value when refresh is requested', async () => {
    const src = source<Release>({ version: '6.1-rc3' });
    await cache.resolve('k', src.load, POLICY);
    clock.advance(MINUTE);
    src.answers({ version: '6.1-rc4' });
    const refreshed = await cache.resolve('k', src.load, POLICY, { refresh: true });
    expect(refreshed).toMatchObject({ value: { version: '6.1-rc4' }, from: 'network', fetchedAt: clock.now() });
    expect(src.load).toHaveBeenCalledTimes(2);
    expect((await cache.resolve('k', src.load, POLICY)).value).toEqual({ version: '6.1-rc4' });
  });

  it('reports a failed refresh of a fresh value while its failure stands, then the value alone', async () => {
    const src = source<Release>({ version: '6.1' });
    await cache.resolve('k', src.load, { ttlMs: Infinity, staleMs: 0 });
    src.fails(new FetchError('http-error', 'api.github.com answered HTTP 500', undefined, 500));
    const refreshed = await cache.resolve('k', src.load, { ttlMs: Infinity, staleMs: 0 }, { refresh: true });
    expect(refreshed).toMatchObject({ value: { version: '6.1' }, failure: { reason: 'http-error' } });

    clock.advance(MINUTE); // inside the 2-minute failure window: still said, and not asked again
    expect((await cache.resolve('k', src.load, POLICY)).failure?.reason).toBe('http-error');
    // Past it: the value is still fresh (a fact kept for good) and the old failure is no longer news.
    clock.advance(2 * MINUTE);
    const later = await cache.resolve('k', src.load, { ttlMs: Infinity, staleMs: 0 });
    expect(later).toMatchObject({ value: { version: '6.1' }, from: 'cache', stale: false });
    expect(later.failure).toBeUndefined();
    expect(src.load).toHaveBeenCalledTimes(2);
  });

  it('with retryFailure asks again past a standing failure, but answers a fresh value from the store', async () => {
    const src = source<Release>({ version: 'unused' });
    src.fails(new FetchError('network', 'unreachable'));
    await cache.resolve('k', src.load, POLICY);
    src.answers({ version: 'back' });
    expect((await cache.resolve('k', src.load, POLICY, { retryFailure: true })).value).toEqual({ version: 'back' });
    expect(src.load).toHaveBeenCalledTimes(2);
    expect((await cache.resolve('k', src.load, POLICY, { retryFailure: true })).value).toEqual({ version: 'back' });
    expect(src.load).toHaveBeenCalledTimes(2);
  });

  it('asks the source despite a standing failure when refresh is requested', async () => {
    const src = source<Release>({ version: 'unused' });
    src.fails(new FetchError('network', 'unreachable'));
    await cache.resolve('k', src.load, POLICY);
    src.answers({ version: 'back' });
    const refreshed = await cache.resolve('k', src.load, POLICY, { refresh: true });
    expect(refreshed.value).toEqual({ version: 'back' });
    expect(refreshed.failure).toBeUndefined();
  });

  it('evicts the least recently read answers first when over its size cap', async () => {
    const store = await makeStore();
    await store.clear();
    // Each answer is a little over 1,000 bytes; the cap holds three of them but not four.
    const lru = new AnswerCache(store, { now: clock.now, maxBytes: 3_500 });
    const big = (tag: string) => ({ tag, text: tag.repeat(1_000) });
    const loadCount = new Map<string, number>();
    const resolve = (key: string) =>
      lru.resolve(
        key,
        async () => {
          loadCount.set(key, (loadCount.get(key) ?? 0) + 1);
          return big(key);
        },
        { ttlMs: Infinity, staleMs: 0 },
      );

    for (const key of ['a', 'b', 'c']) {
      await resolve(key);
      clock.advance(2 * MINUTE);
    }
    await resolve('a'); // 'a' is read again: now 'b' is the least recently read
    clock.advance(2 * MINUTE);
    await resolve('d');

    expect(await lru.peek('b')).toBeUndefined();
    for (const key of ['a', 'c', 'd']) expect((await lru.peek(key))?.value).toEqual(big(key));
    expect((await lru.stats()).bytes).toBeLessThanOrEqual(3_500);

    await resolve('b');
    expect(loadCount.get('b')).toBe(2);
    expect(loadCount.get('a')).toBe(1);
  });

  it('reports entries, bytes and the oldest fetch time', async () => {
    const empty = await cache.stats();
    expect(empty).toMatchObject({ entries: 0, bytes: 0 });
    expect(empty.oldestFetchedAt).toBeUndefined();

    const oldest = clock.now();
    await cache.resolve('a', async () => ({ version: '5.10' }), POLICY);
    const afterOne = await cache.stats();
    clock.advance(HOUR);
    await cache.resolve('b', async () => ({ version: '5.10.1', notes: 'x'.repeat(500) }), POLICY);
    const stats = await cache.stats();
    expect(stats.entries).toBe(2);
    expect(stats.bytes).toBeGreaterThan(afterOne.bytes + 500);
    expect(stats.oldestFetchedAt).toBe(oldest);
  });

  it('empties on clear, so the next request goes to the source', async () => {
    const src = source<Release>({ version: '6.1' });
    await cache.resolve('k', src.load, POLICY);
    await cache.clear();
    expect(await cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
    expect(await cache.peek('k')).toBeUndefined();
    await cache.resolve('k', src.load, POLICY);
    expect(src.load).toHaveBeenCalledTimes(2);
  });

  it('peeks without loading anything', async () => {
    const src = source<Release>({ version: '6.1' });
    expect(await cache.peek('k')).toBeUndefined();
    await cache.resolve('k', src.load, POLICY);
    expect(await cache.peek('k')).toMatchObject({ value: { version: '6.1' }, stale: false });
    clock.advance(POLICY.ttlMs + 1);
    expect(await cache.peek('k')).toMatchObject({ value: { version: '6.1' }, stale: true });
    expect(src.load).toHaveBeenCalledTimes(1);
  });
});

describe('AnswerCache persistence', () => {
  it('finds in IndexedDB what an earlier instance stored (a restarted background)', async () => {
    const clock = fakeClock();
    const before = new AnswerCache(await openCacheStore(), { now: clock.now });
    expect(before.persistent).toBe(true);
    const fetchedAt = clock.now();
    await before.resolve('kernel.org:releases', async () => ({ latestStable: '5.10.1' }), POLICY);

    clock.advance(10 * MINUTE);
    const after = new AnswerCache(await openCacheStore(), { now: clock.now });
    const load = vi.fn(async () => ({ latestStable: 'should not be fetched' }));
    const answer = await after.resolve('kernel.org:releases', load, POLICY);
    expect(answer).toMatchObject({ value: { latestStable: '5.10.1' }, from: 'cache', fetchedAt });
    expect(load).not.toHaveBeenCalled();
    expect((await after.stats()).entries).toBe(1);
  });
});
