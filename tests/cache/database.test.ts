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
    expect([...db.objectStoreNames]).toEqual(['answers']);
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
    const v1 = await openCacheDatabase('upgrade-test', MIGRATIONS);
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
