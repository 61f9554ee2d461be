/**
 * IndexedDB that cannot be opened, is held by another context, or goes away, and the
 * upgrade from release 1 — judged by what a user would notice: answers still served (from
 * memory, saying so), never a wait for good, and nothing kept lost across the upgrade.
 * IndexedDB fails the way browsers fail it (tests/reliability/idb-faults.ts).
 */
import { openDB, unwrap } from 'idb';
import { forceCloseDatabase } from 'fake-indexeddb';
import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import { DATABASE_NAME, MIGRATIONS, openCacheDatabase } from '@/utils/cache/database';
import { ArticleIndex } from '@/utils/news/article-index';
import { resolveCurrentReleases } from '@/utils/resolvers/current-releases';
import { resolveMainlineStatus } from '@/utils/resolvers/mainline-status';
import type { MainlineStatus } from '@/utils/types';
import { fakeClock, settle } from '../helpers/fake-clock';
import { holdOpenAt, openFiresError, openThrows } from './idb-faults';
import { stubGitHub } from './github-stub';
import { CURRENT, HOUR, POLICY, article, releaseData, releaseOneSchema, stored, world } from './storage-world';

describe('IndexedDB cannot be opened: answers are kept in memory, and say so', () => {
  const PRIVATE_WINDOW = 'A mutation operation was attempted on a database that did not allow mutations.';
  const faults: [string, () => Promise<unknown> | void, RegExp][] = [
    ['open fires an error (a Firefox private window)', () => openFiresError(new DOMException(PRIVATE_WINDOW, 'InvalidStateError')), /did not allow mutations/],
    ['open throws at once (storage disabled by policy)', () => openThrows(new DOMException('The operation is insecure.', 'SecurityError')), /insecure/],
    ['there is no IndexedDB at all', () => void Object.assign(globalThis, { indexedDB: undefined }), /indexedDB/i],
    ["the database is a newer release's (the extension was downgraded)", () => openDB(DATABASE_NAME, MIGRATIONS.length + 1).then((db) => db.close()), /lower version/],
  ];

  it.each(faults)('%s', async (_name, fault, why) => {
    await fault();
    const http = world();
    const store = await openCacheStore();
    expect(store.persistent).toBe(false);
    expect(store.notPersistentReason).toMatch(why);
    const cache = new AnswerCache(store, { now: http.clock.now });

    const first = await releaseData(cache, http);
    expect(first).toMatchObject({ from: 'network', value: { source: 'endoflife.date', current: CURRENT } });
    const requests = http.fetched.length;
    const second = await releaseData(cache, http);
    expect(second).toMatchObject({ from: 'cache', value: first.value });
    expect(http.fetched).toHaveLength(requests);
    expect(await cache.stats()).toMatchObject({ persistent: false, entries: 2, notPersistentReason: expect.stringMatching(/kept in memory/) });

    const index = await ArticleIndex.open();
    expect(index.persistent).toBe(false);
    expect(index.notPersistentReason).toMatch(why);
    await index.add([article(1)]);
    expect(await index.all()).toEqual([article(1)]);
  });
});

describe('another context holds the database, or the open never answers', () => {
  it('gives up on an open blocked by an older version held open elsewhere, answers from memory meanwhile, and upgrades once it is let go', async () => {
    const old = await holdOpenAt(DATABASE_NAME, 1, releaseOneSchema);
    await old.put('answers', stored('kept', { version: '6.1' }, 1_000));
    const started = performance.now();
    const store = await openCacheStore(() => openCacheDatabase(DATABASE_NAME, MIGRATIONS, { blockedTimeoutMs: 30 }));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(store.persistent).toBe(false);
    expect(store.notPersistentReason).toMatch(/older version of it open/);
    const cache = new AnswerCache(store);
    expect((await cache.resolve('k', async () => ({ version: '6.2' }), POLICY)).value).toEqual({ version: '6.2' });

    old.close();
    await settle();
    const db = await openCacheDatabase();
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames]).toEqual(['answers', 'articles']);
    expect((await db.get('answers', 'kept'))?.value).toEqual({ version: '6.1' });
    db.close();
  });

  it('gives up on an open that never answers', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => new IDBOpenDBRequest());
    await expect(openCacheDatabase(DATABASE_NAME, MIGRATIONS, { timeoutMs: 30 })).rejects.toThrow(/took more than/);
    const store = await openCacheStore(() => openCacheDatabase(DATABASE_NAME, MIGRATIONS, { timeoutMs: 30 }));
    expect(store.persistent).toBe(false);
  });

  it('lets a newer copy of the extension upgrade instead of blocking it, and goes on answering from memory', async () => {
    const clock = fakeClock();
    const store = await openCacheStore();
    const cache = new AnswerCache(store, { now: clock.now });
    const index = await ArticleIndex.open();
    await cache.resolve('k', async () => ({ version: '6.1' }), POLICY);
    await index.add([article(1)]);

    const tooLong = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('the newer copy was blocked')), 1_000));
    const newer = await Promise.race([openDB(DATABASE_NAME, MIGRATIONS.length + 1), tooLong]);
    expect(newer.version).toBe(MIGRATIONS.length + 1);
    expect(await newer.count('answers' as never)).toBe(1); // what was kept is still there for it

    expect(store.persistent).toBe(false);
    expect(store.notPersistentReason).toMatch(/newer copy of Kernel Context/);
    expect((await cache.stats()).persistent).toBe(false);
    // What this copy answered lately it still has in memory; anything new is kept there too.
    expect(await cache.resolve('k', async () => ({ version: 'unused' }), POLICY)).toMatchObject({ value: { version: '6.1' }, from: 'cache' });
    const answer = await cache.resolve('k2', async () => ({ version: '6.2' }), POLICY);
    expect(answer).toMatchObject({ value: { version: '6.2' }, from: 'network' });
    expect((await cache.resolve('k2', async () => ({ version: 'unused' }), POLICY)).from).toBe('cache');
    expect(index.persistent).toBe(false);
    await index.add([article(2)]);
    expect(await index.all()).toEqual([article(2)]);
    newer.close();
  });

  it('goes on answering from memory when the browser closes the connection', async () => {
    const db = await openCacheDatabase();
    const store = await openCacheStore(async () => db);
    const index = ArticleIndex.over(db);
    const cache = new AnswerCache(store);
    forceCloseDatabase(unwrap(db) as never);
    expect(store.notPersistentReason).toMatch(/browser closed it/);
    expect(index.notPersistentReason).toMatch(/browser closed it/);
    expect((await cache.resolve('k', async () => 'answer', POLICY)).value).toBe('answer');
    await index.add([article(3)]);
    expect(await index.count()).toBe(1);
  });
});

describe('upgrading from release 1 keeps its answers', () => {
  it('finds the answers a release-1 database holds, with the articles store added beside them', async () => {
    const clock = fakeClock();
    const now = clock.now();
    const sha = 'b'.repeat(40);
    const merged: MainlineStatus = {
      kind: 'path',
      subject: 'rust/',
      state: 'merged',
      strength: 'verified',
      match: 'path',
      commit: { sha, subject: 'rust: add initial support', committedOn: '2022-09-28' },
      tag: 'v6.1-rc1',
      release: '6.1',
      releasedOn: '2022-12-11',
      checkedAt: now - 30 * 24 * HOUR,
      evidence: [{ label: 'Mainline commit', href: `https://git.kernel.org/torvalds/c/${sha}` }],
    };
    const v1 = await holdOpenAt(DATABASE_NAME, 1, releaseOneSchema);
    for (const record of [
      stored('kernel.org:releases', CURRENT, now - HOUR, 6 * HOUR, 30 * 24 * HOUR),
      stored('mainline:path:rust/', merged, now - 30 * 24 * HOUR, Infinity, 0),
      stored('github:mainline-tags', ['v6.0', 'v6.1-rc1', 'v6.1'], now - HOUR, 12 * HOUR, 90 * 24 * HOUR),
      { key: 'endoflife.date:linux', failure: { reason: 'timeout', detail: 'no answer within 10 s', at: now - 100 * HOUR }, failureUntil: now - 99 * HOUR, lastAccess: now - 100 * HOUR, size: 90 },
    ]) {
      await v1.put('answers', record);
    }
    v1.close();

    const http = world();
    const store = await openCacheStore();
    expect(store.persistent).toBe(true);
    const cache = new AnswerCache(store, { now: clock.now });
    expect(await resolveCurrentReleases(cache, http.client, { refresh: false })).toMatchObject({ value: CURRENT, from: 'cache', stale: false });
    const gh = stubGitHub({ tags: [], commits: [] });
    const status = await resolveMainlineStatus({ cache, github: gh.github, releaseDates: async () => ({}), now: clock.now }, { kind: 'path', path: 'rust/' });
    expect(status).toMatchObject({ ...merged, checkedAt: now - 30 * 24 * HOUR });
    expect(gh.calls).toEqual([]);
    expect(http.fetched).toEqual([]);
    expect((await cache.stats()).entries).toBe(3);

    const db = await openCacheDatabase();
    expect(db.version).toBe(MIGRATIONS.length);
    expect(await db.count('answers')).toBe(4);
    expect(await db.count('articles')).toBe(0);
    db.close();
    const index = await ArticleIndex.open();
    await index.add([article(1)]);
    expect(await (await ArticleIndex.open()).all()).toEqual([article(1)]);
  });
});
