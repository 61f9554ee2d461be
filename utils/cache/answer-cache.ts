import { toFailure } from '../net/fetch-error';
import type { Answer } from '../types';
import type { CacheRecord } from './database';
import type { CacheStore } from './cache-store';

export interface CachePolicy {
  /** How long a value counts as fresh; `Infinity` for facts that never change. */
  ttlMs: number;
  /** How long after that a stale value is still served while it is refreshed. */
  staleMs: number;
}

export interface AnswerCacheOptions {
  /** Size cap over all records; least-recently-used ones go first. */
  maxBytes?: number;
  /** How long a failure stands before the source is asked again (longer if it said so). */
  failureTtlMs?: number;
  now?: () => number;
}

/** Reads are not written back for every hit: lastAccess moves at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

/** How many records read or written lately are kept in memory, most recent last. */
const RECENT_RECORDS = 256;

/**
 * Answers from a cache in front of a loader: fresh values straight from the store, stale
 * ones served while one shared refresh runs, failures remembered briefly (as failures,
 * beside the last good value, never in its place), one load per key in flight.
 */
export class AnswerCache {
  private readonly inFlight = new Map<string, Promise<CacheRecord>>();
  /**
   * Records read or written lately, so a page reloaded within its cache lifetime is answered
   * without a trip to IndexedDB (DESIGN.md's 50 ms to a painted overlay). Copies go out, so
   * no caller can change what is kept.
   */
  private readonly recent = new Map<string, CacheRecord>();
  private maxBytes: number;
  private readonly failureTtlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly store: CacheStore,
    options: AnswerCacheOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
    this.failureTtlMs = options.failureTtlMs ?? 2 * 60_000;
    this.now = options.now ?? (() => Date.now());
  }

  /** A new size cap (the options page's cache limit); applied from the next write on, and now. */
  async setMaxBytes(maxBytes: number): Promise<void> {
    this.maxBytes = maxBytes;
    this.recent.clear();
    await this.store.evictTo(maxBytes);
  }

  get persistent(): boolean {
    return this.store.persistent;
  }

  /**
   * `refresh` asks the source even when a fresh or failed answer is stored (a user's "Refresh").
   * `policy` may depend on the value: a merged commit is a fact for good, "not merged yet" is not.
   */
  async resolve<T>(key: string, load: () => Promise<T>, policy: CachePolicy | ((value: T) => CachePolicy), { refresh = false } = {}): Promise<Answer<T>> {
    const record = refresh ? undefined : await this.read(key);
    const now = this.now();
    if (record?.value !== undefined && record.expiresAt !== undefined && now < record.expiresAt) {
      await this.touch(record, now);
      return answerFrom<T>(record, 'cache', false);
    }
    if (record?.failureUntil !== undefined && now < record.failureUntil) {
      return answerFrom<T>(record, record.value === undefined ? 'none' : 'cache', true);
    }
    if (record?.value !== undefined && record.staleUntil !== undefined && now < record.staleUntil) {
      void this.load(key, load, policy).catch(() => undefined);
      return answerFrom<T>(record, 'cache', true);
    }
    const loaded = await this.load(key, load, policy);
    return loaded.failure
      ? answerFrom<T>(loaded, loaded.value === undefined ? 'none' : 'cache', true)
      : answerFrom<T>(loaded, 'network', false);
  }

  /** The stored answer without loading anything. */
  async peek<T>(key: string): Promise<Answer<T> | undefined> {
    const record = await this.read(key);
    if (!record) return undefined;
    const stale = record.expiresAt === undefined || this.now() >= record.expiresAt;
    return answerFrom<T>(record, record.value === undefined ? 'none' : 'cache', stale);
  }

  stats() {
    return this.store.stats();
  }

  clear(): Promise<void> {
    this.inFlight.clear();
    this.recent.clear();
    return this.store.clear();
  }

  private load<T>(key: string, load: () => Promise<T>, policy: CachePolicy | ((value: T) => CachePolicy)): Promise<CacheRecord> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const promise = this.loadAndStore(key, load, policy).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  private async loadAndStore<T>(key: string, load: () => Promise<T>, policy: CachePolicy | ((value: T) => CachePolicy)): Promise<CacheRecord> {
    let record: CacheRecord;
    try {
      const value = await load();
      const { ttlMs, staleMs } = typeof policy === 'function' ? policy(value) : policy;
      const fetchedAt = this.now();
      const expiresAt = fetchedAt + ttlMs;
      record = { key, value, fetchedAt, expiresAt, staleUntil: expiresAt + staleMs, lastAccess: fetchedAt, size: sizeOf(key, value) };
    } catch (error) {
      const at = this.now();
      const failure = toFailure(error, at);
      const previous = await this.read(key);
      const failureUntil = Math.max(at + this.failureTtlMs, failure.retryAt ?? 0);
      record = { ...(previous ?? { key, size: sizeOf(key, undefined) }), failure, failureUntil, lastAccess: at };
    }
    await this.write(record);
    // What eviction removed is gone from memory too.
    if ((await this.store.evictTo(this.maxBytes)) > 0) this.recent.clear();
    return record;
  }

  private async read(key: string): Promise<CacheRecord | undefined> {
    const kept = this.recent.get(key);
    if (kept) {
      this.remember(kept);
      return structuredClone(kept);
    }
    const record = await this.store.get(key);
    if (record) this.remember(structuredClone(record));
    return record;
  }

  private async write(record: CacheRecord): Promise<void> {
    await this.store.put(record);
    this.remember(structuredClone(record));
  }

  private remember(record: CacheRecord): void {
    this.recent.delete(record.key);
    this.recent.set(record.key, record);
    if (this.recent.size > RECENT_RECORDS) this.recent.delete(this.recent.keys().next().value!);
  }

  private async touch(record: CacheRecord, now: number): Promise<void> {
    if (now - record.lastAccess < TOUCH_INTERVAL_MS) return;
    await this.write({ ...record, lastAccess: now });
  }
}

function answerFrom<T>(record: CacheRecord, from: Answer<T>['from'], stale: boolean): Answer<T> {
  return {
    stale,
    from,
    ...(record.value !== undefined ? { value: record.value as T, fetchedAt: record.fetchedAt } : {}),
    ...(record.failure ? { failure: record.failure } : {}),
  };
}

function sizeOf(key: string, value: unknown): number {
  return key.length + (value === undefined ? 0 : JSON.stringify(value).length) + 64;
}
