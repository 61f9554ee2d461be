import type { CacheStats } from '../types';
import { openCacheDatabase, type CacheDatabase, type CacheRecord } from './database';

/** Where answers are kept: IndexedDB normally, memory when IndexedDB cannot be opened. */
export interface CacheStore {
  readonly persistent: boolean;
  readonly notPersistentReason?: string;
  get(key: string): Promise<CacheRecord | undefined>;
  put(record: CacheRecord): Promise<void>;
  /** Drops least-recently-used records until the total size is at most `maxBytes`. */
  evictTo(maxBytes: number): Promise<number>;
  stats(): Promise<CacheStats>;
  clear(): Promise<void>;
}

export class IdbCacheStore implements CacheStore {
  /** Running total of record sizes, summed once from the database on first need. */
  private totalBytes: number | undefined;
  /** Where answers go once the connection is gone (closed for a newer copy of the extension, or by the browser). */
  private lost: MemoryCacheStore | undefined;

  constructor(private readonly db: CacheDatabase) {
    db.addEventListener('versionchange', () => this.lose('a newer copy of Kernel Context is upgrading it'));
    db.addEventListener('close', () => this.lose('the browser closed it'));
  }

  get persistent(): boolean {
    return this.lost === undefined;
  }

  get notPersistentReason(): string | undefined {
    return this.lost?.notPersistentReason;
  }

  get(key: string): Promise<CacheRecord | undefined> {
    if (this.lost) return this.lost.get(key);
    return this.db.get('answers', key);
  }

  async put(record: CacheRecord): Promise<void> {
    if (this.lost) return this.lost.put(record);
    const tx = this.db.transaction('answers', 'readwrite');
    let previous: CacheRecord | undefined;
    try {
      // All three awaited together: a refused write (a full disk) rejects the request and the
      // transaction, and neither rejection may go unhandled.
      [previous] = await Promise.all([tx.store.get(record.key), tx.store.put(record), tx.done]);
    } catch (error) {
      // The transaction's error says why (QuotaExceededError) where its requests only say "aborted".
      throw tx.error ?? error;
    }
    if (this.totalBytes !== undefined) this.totalBytes += bytesOf(record) - bytesOf(previous);
  }

  async evictTo(maxBytes: number): Promise<number> {
    if (this.lost) return this.lost.evictTo(maxBytes);
    let total = await this.total();
    if (total <= maxBytes) return 0;
    let evicted = 0;
    const tx = this.db.transaction('answers', 'readwrite');
    tx.done.catch(() => undefined); // awaited below; a failure surfaces there, never as an unhandled rejection
    try {
      let cursor = await tx.store.index('byLastAccess').openCursor();
      while (cursor && total > maxBytes) {
        total -= bytesOf(cursor.value);
        evicted++;
        await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
    } catch (error) {
      // Rolled back: count again from the database next time.
      this.totalBytes = undefined;
      throw error;
    }
    this.totalBytes = total;
    return evicted;
  }

  async stats(): Promise<CacheStats> {
    if (this.lost) return this.lost.stats();
    const records = await this.db.getAll('answers');
    return { ...summarise(records), persistent: true };
  }

  async clear(): Promise<void> {
    if (this.lost) return this.lost.clear();
    await this.db.clear('answers');
    this.totalBytes = 0;
  }

  private async total(): Promise<number> {
    if (this.totalBytes === undefined) {
      this.totalBytes = summarise(await this.db.getAll('answers')).bytes;
    }
    return this.totalBytes;
  }

  private lose(why: string): void {
    this.lost ??= new MemoryCacheStore(`IndexedDB was closed (${why}); answers are kept in memory until the browser closes`);
  }
}

export class MemoryCacheStore implements CacheStore {
  readonly persistent = false;
  private readonly records = new Map<string, CacheRecord>();

  constructor(readonly notPersistentReason: string) {}

  async get(key: string): Promise<CacheRecord | undefined> {
    return this.records.get(key);
  }

  async put(record: CacheRecord): Promise<void> {
    this.records.set(record.key, record);
  }

  async evictTo(maxBytes: number): Promise<number> {
    let total = summarise([...this.records.values()]).bytes;
    const byAge = [...this.records.values()].sort((a, b) => a.lastAccess - b.lastAccess);
    let evicted = 0;
    for (const record of byAge) {
      if (total <= maxBytes) break;
      this.records.delete(record.key);
      total -= bytesOf(record);
      evicted++;
    }
    return evicted;
  }

  async stats(): Promise<CacheStats> {
    return { ...summarise([...this.records.values()]), persistent: false, notPersistentReason: this.notPersistentReason };
  }

  async clear(): Promise<void> {
    this.records.clear();
  }
}

/** IndexedDB when it opens; memory otherwise, saying why (e.g. a Firefox private window). */
export async function openCacheStore(open: () => Promise<CacheDatabase> = () => openCacheDatabase()): Promise<CacheStore> {
  try {
    return new IdbCacheStore(await open());
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return new MemoryCacheStore(`IndexedDB could not be opened (${why}); answers are kept in memory until the browser closes`);
  }
}

function summarise(records: CacheRecord[]): Omit<CacheStats, 'persistent'> {
  let bytes = 0;
  let oldestFetchedAt: number | undefined;
  let entries = 0;
  for (const record of records) {
    bytes += bytesOf(record);
    if (record.value === undefined) continue;
    entries++;
    if (record.fetchedAt !== undefined && (oldestFetchedAt === undefined || record.fetchedAt < oldestFetchedAt)) {
      oldestFetchedAt = record.fetchedAt;
    }
  }
  return { entries, bytes, ...(oldestFetchedAt !== undefined ? { oldestFetchedAt } : {}) };
}

/** A record's size as counted; a damaged record's unusable size counts as nothing, so one bad record cannot turn the total into NaN. */
function bytesOf(record: CacheRecord | undefined): number {
  const size = record?.size;
  return typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : 0;
}
