import { AnswerCache, type CachePolicy } from '@/utils/cache/answer-cache';
import { openCacheStore, type CacheStore } from '@/utils/cache/cache-store';

const HOUR = 60 * 60_000;
const POLICY: CachePolicy = { ttlMs: HOUR, staleMs: 24 * HOUR };

/** The real IndexedDB store, counting how often it is read. */
async function countedStore() {
  const store = await openCacheStore();
  const reads: string[] = [];
  const counted: CacheStore = {
    get persistent() {
      return store.persistent;
    },
    get: (key) => {
      reads.push(key);
      return store.get(key);
    },
    put: (record) => store.put(record),
    evictTo: (maxBytes) => store.evictTo(maxBytes),
    stats: () => store.stats(),
    clear: () => store.clear(),
  };
  return { store: counted, reads };
}

describe('AnswerCache keeps recent answers in memory', () => {
  it('answers a page reloaded within the cache lifetime without reading IndexedDB again', async () => {
    const { store, reads } = await countedStore();
    await store.clear();
    const cache = new AnswerCache(store);
    const load = vi.fn(async () => ({ version: '6.1' }));
    expect((await cache.resolve('release:6.1', load, POLICY)).from).toBe('network');
    reads.length = 0;
    for (let i = 0; i < 3; i++) expect(await cache.resolve('release:6.1', load, POLICY)).toMatchObject({ from: 'cache', stale: false, value: { version: '6.1' } });
    expect(reads).toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('still reads what an earlier background wrote (a restarted service worker)', async () => {
    const { store } = await countedStore();
    await store.clear();
    await new AnswerCache(store).resolve('release:6.2', async () => ({ version: '6.2' }), POLICY);
    const load = vi.fn(async () => ({ version: 'never asked' }));
    expect(await new AnswerCache(store).resolve('release:6.2', load, POLICY)).toMatchObject({ from: 'cache', value: { version: '6.2' } });
    expect(load).not.toHaveBeenCalled();
  });

  it('hands out copies: a caller changing its answer does not change the next one', async () => {
    const { store } = await countedStore();
    await store.clear();
    const cache = new AnswerCache(store);
    await cache.resolve('tags', async () => ['v6.1', 'v6.2'], POLICY);
    const first = await cache.resolve<string[]>('tags', async () => [], POLICY);
    first.value!.reverse().push('v9.9');
    expect((await cache.resolve<string[]>('tags', async () => [], POLICY)).value).toEqual(['v6.1', 'v6.2']);
  });

  it('forgets everything on Clear cache', async () => {
    const { store } = await countedStore();
    const cache = new AnswerCache(store);
    await cache.resolve('release:6.3', async () => ({ version: '6.3' }), POLICY);
    await cache.clear();
    const load = vi.fn(async () => ({ version: '6.3 again' }));
    expect(await cache.resolve('release:6.3', load, POLICY)).toMatchObject({ from: 'network', value: { version: '6.3 again' } });
  });
});
