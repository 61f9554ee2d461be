import { DATABASE_NAME, MIGRATIONS, openCacheDatabase, type CacheRecord, type Migration } from '@/utils/cache/database';

const goodRecord: CacheRecord = {
  key: 'release:5.13',
  value: { version: '5.13', released: '2021-06-27', eol: '2021-09-18' },
  fetchedAt: 1_000,
  expiresAt: Infinity,
  staleUntil: Infinity,
  failure: { reason: 'timeout', detail: 'no answer within 10 s', at: 2_000 },
  failureUntil: 3_000,
  lastAccess: 2_000,
  size: 120,
};

describe('openCacheDatabase', () => {
  it('creates the answers store, with its LRU index, at the version the migrations give', async () => {
    const db = await openCacheDatabase();
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.version).toBe(MIGRATIONS.length);
    // Step 2 added the seen-articles store (utils/news/article-index.ts).
    expect([...db.objectStoreNames]).toEqual(['answers', 'articles']);
    const tx = db.transaction('answers');
    expect([...tx.store.indexNames]).toContain('byLastAccess');
    await tx.done;
    db.close();
  });

  it('keeps what it holds across reopening', async () => {
    const first = await openCacheDatabase();
    await first.put('answers', goodRecord);
    first.close();
    const second = await openCacheDatabase();
    expect(await second.get('answers', goodRecord.key)).toEqual(goodRecord);
    second.close();
  });

  it('upgrades a version-1 database by running only the new step, keeping its records', async () => {
    // Only the first step: a database as release 1 left it (MIGRATIONS has grown since).
    const v1 = await openCacheDatabase('upgrade-test', MIGRATIONS.slice(0, 1));
    expect(v1.version).toBe(1);
    await v1.put('answers', goodRecord);
    v1.close();

    const firstStep = vi.fn(MIGRATIONS[0]);
    const seenVersions: number[] = [];
    // A step a later release might add: drop remembered failures from every stored answer.
    const dropFailures: Migration = (_db, tx) => {
      seenVersions.push(tx.db.version);
      const store = tx.objectStore('answers');
      void (async () => {
        for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
          const { failure: _failure, failureUntil: _failureUntil, ...rest } = cursor.value;
          await cursor.update(rest);
        }
      })();
    };
    const v2 = await openCacheDatabase('upgrade-test', [firstStep, dropFailures]);

    expect(v2.version).toBe(2);
    expect(firstStep).not.toHaveBeenCalled();
    expect(seenVersions).toEqual([2]);
    const { failure: _failure, failureUntil: _failureUntil, ...kept } = goodRecord;
    expect(await v2.get('answers', goodRecord.key)).toEqual(kept);
    const tx = v2.transaction('answers');
    expect([...tx.store.indexNames]).toContain('byLastAccess');
    await tx.done;
    v2.close();
  });
});

describe('migration 2: the seen-articles store', () => {
  it('upgrades a version-1 database to version 2, keeping its answers and adding an empty articles store', async () => {
    const v1 = await openCacheDatabase(DATABASE_NAME, MIGRATIONS.slice(0, 1));
    expect(v1.version).toBe(1);
    expect([...v1.objectStoreNames]).toEqual(['answers']);
    await v1.put('answers', goodRecord);
    v1.close();

    const v2 = await openCacheDatabase(DATABASE_NAME, MIGRATIONS.slice(0, 2));
    expect(v2.version).toBe(2);
    expect(await v2.get('answers', goodRecord.key)).toEqual(goodRecord);
    expect(await v2.count('answers')).toBe(1);
    expect([...v2.objectStoreNames]).toEqual(['answers', 'articles']);
    expect(await v2.count('articles')).toBe(0);
    const tx = v2.transaction('articles');
    expect(tx.store.keyPath).toBe('url');
    expect([...tx.store.indexNames].sort()).toEqual(['byDate', 'bySeenAt']);
    expect(tx.store.index('byDate').keyPath).toBe('date');
    expect(tx.store.index('bySeenAt').keyPath).toBe('seenAt');
    await tx.done;
    v2.close();
  });

  it('keeps articles and answers side by side across reopening', async () => {
    const first = await openCacheDatabase();
    await first.put('answers', goodRecord);
    await first.put('articles', { url: 'https://www.phoronix.com/news/Linux-6.19-Rust', title: 'Rust Updates For Linux 6.19', date: '2025-12-01', seenIn: 'search', seenAt: 5 });
    first.close();
    const second = await openCacheDatabase();
    expect(await second.get('answers', goodRecord.key)).toEqual(goodRecord);
    expect(await second.getAllFromIndex('articles', 'byDate', IDBKeyRange.lowerBound('2025-01-01'))).toHaveLength(1);
    second.close();
  });
});
