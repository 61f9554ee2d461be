import { AnswerCache } from '@/utils/cache/answer-cache';
import { IdbCacheStore, MemoryCacheStore, openCacheStore, type CacheStore } from '@/utils/cache/cache-store';
import { openCacheDatabase, type CacheRecord } from '@/utils/cache/database';

function record(key: string, lastAccess: number, size: number, extra: Partial<CacheRecord> = {}): CacheRecord {
  return { key, value: { key }, fetchedAt: lastAccess, expiresAt: lastAccess + 1, staleUntil: lastAccess + 2, lastAccess, size, ...extra };
}

const stores: [string, () => Promise<CacheStore>][] = [
  ['IdbCacheStore', async () => new IdbCacheStore(await openCacheDatabase())],
  ['MemoryCacheStore', async () => new MemoryCacheStore('test')],
];

describe.each(stores)('%s', (_name, makeStore) => {
  it('gives back what was put, by key', async () => {
    const store = await makeStore();
    const stored = record('release:6.1', 1_000, 100, { value: { version: '6.1', released: '2022-12-11' } });
    await store.put(stored);
    expect(await store.get('release:6.1')).toEqual(stored);
    expect(await store.get('release:6.2')).toBeUndefined();
  });

  it('drops the least recently used records until the total fits, and says how many', async () => {
    const store = await makeStore();
    await store.put(record('newest', 4_000, 100));
    await store.put(record('oldest', 1_000, 100));
    await store.put(record('middle', 2_000, 100));
    await store.put(record('recent', 3_000, 100));

    expect(await store.evictTo(250)).toBe(2);
    expect(await store.get('oldest')).toBeUndefined();
    expect(await store.get('middle')).toBeUndefined();
    expect(await store.get('recent')).toBeDefined();
    expect(await store.get('newest')).toBeDefined();
    expect(await store.evictTo(250)).toBe(0);
  });

  it('counts a record put again under the same key once, not twice', async () => {
    const store = await makeStore();
    await store.evictTo(1_000); // read the (empty) total first
    for (let i = 0; i < 5; i++) await store.put(record('same', 1_000 + i, 300));
    expect(await store.evictTo(400)).toBe(0);
    expect(await store.get('same')).toBeDefined();
    expect((await store.stats()).bytes).toBe(300);
  });

  it('keeps evicting correctly after being cleared', async () => {
    const store = await makeStore();
    await store.put(record('a', 1, 200));
    await store.evictTo(10_000);
    await store.clear();
    await store.put(record('b', 2, 200));
    await store.put(record('c', 3, 200));
    expect(await store.evictTo(300)).toBe(1);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('c')).toBeDefined();
  });

  it('counts only records holding a value as entries, but every record in bytes', async () => {
    const store = await makeStore();
    await store.put(record('good-old', 5_000, 100));
    await store.put(record('good-new', 9_000, 50));
    const failureOnly: CacheRecord = {
      key: 'failed',
      failure: { reason: 'timeout', detail: 'no answer', at: 500 },
      failureUntil: 1_000,
      lastAccess: 500,
      size: 70,
    };
    await store.put(failureOnly);
    const stats = await store.stats();
    expect(stats.entries).toBe(2);
    expect(stats.bytes).toBe(220);
    expect(stats.oldestFetchedAt).toBe(5_000);
  });

  it('is empty after clear', async () => {
    const store = await makeStore();
    await store.put(record('a', 1, 10));
    await store.clear();
    expect(await store.get('a')).toBeUndefined();
    const stats = await store.stats();
    expect(stats).toMatchObject({ entries: 0, bytes: 0 });
    expect(stats.oldestFetchedAt).toBeUndefined();
  });
});

describe('openCacheStore', () => {
  it('uses IndexedDB when it opens', async () => {
    const store = await openCacheStore();
    expect(store.persistent).toBe(true);
    expect((await store.stats()).persistent).toBe(true);
  });

  it('falls back to memory, saying why, when IndexedDB cannot be opened', async () => {
    const store = await openCacheStore(() => Promise.reject(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')));
    expect(store.persistent).toBe(false);
    const stats = await store.stats();
    expect(stats.persistent).toBe(false);
    expect(stats.notPersistentReason).toContain('did not allow mutations');
    expect(stats.notPersistentReason).toMatch(/memory/i);
  });

  it('still works as a cache when it fell back to memory', async () => {
    const store = await openCacheStore(() => Promise.reject(new Error('private window')));
    let t = 1_000_000;
    const cache = new AnswerCache(store, { now: () => t });
    expect(cache.persistent).toBe(false);
    const load = vi.fn(async () => ({ latestStable: '6.1.1' }));
    await cache.resolve('k', load, { ttlMs: 60_000, staleMs: 0 });
    t += 1_000;
    const answer = await cache.resolve('k', load, { ttlMs: 60_000, staleMs: 0 });
    expect(answer).toMatchObject({ value: { latestStable: '6.1.1' }, from: 'cache' });
    expect(load).toHaveBeenCalledTimes(1);
    expect((await cache.stats()).entries).toBe(1);
  });

  it('reports a non-Error rejection as its text', async () => {
    const store = await openCacheStore(() => Promise.reject('blocked by policy'));
    expect(store.persistent).toBe(false);
    expect(store.notPersistentReason).toContain('blocked by policy');
  });
});
