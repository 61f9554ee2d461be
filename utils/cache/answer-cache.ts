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

/**
 * Answers from a cache in front of a loader: fresh values straight from the store, stale
 * ones served while one shared refresh runs, failures remembered briefly (as failures,
 * beside the last good value, never in its place), one load per key in flight.
 */
export class AnswerCache {
  private readonly inFlight = new Map<string, Promise<CacheRecord>>();
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
    await this.store.evictTo(maxBytes);
  }

  get persistent(): boolean {
    return this.store.persistent;
  }

  /**
   * `refresh` asks the source even when a fresh or failed answer is stored (a user's "Refresh").
   * `retryFailure` asks it past a standing failure only, a fresh value still answering (what a
   * user's "Refresh" wants of the facts an answer is built on).
   * `policy` may depend on the value: a merged commit is a fact for good, "not merged yet" is not.
   */
  async resolve<T>(
    key: string,
    load: () => Promise<T>,
    policy: CachePolicy | ((value: T) => CachePolicy),
    { refresh = false, retryFailure = false } = {},
  ): Promise<Answer<T>> {
    const record = refresh ? undefined : await this.store.get(key);
    const now = this.now();
    if (record?.value !== undefined && record.expiresAt !== undefined && now < record.expiresAt) {
      await this.touch(record, now);
      // A failed refresh of a still-fresh value is said while its failure stands, not for the
      // value's whole lifetime (for good, for merged code): past its window it is old news.
      const failureStands = record.failureUntil !== undefined && now < record.failureUntil;
      return answerFrom<T>(failureStands ? record : { ...record, failure: undefined }, 'cache', false);
    }
    if (record?.failureUntil !== undefined && now < record.failureUntil && !retryFailure) {
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
    const record = await this.store.get(key);
    if (!record) return undefined;
    const stale = record.expiresAt === undefined || this.now() >= record.expiresAt;
    return answerFrom<T>(record, record.value === undefined ? 'none' : 'cache', stale);
  }

  stats() {
    return this.store.stats();
  }

  clear(): Promise<void> {
    this.inFlight.clear();
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
      const previous = await this.store.get(key);
      const failureUntil = Math.max(at + this.failureTtlMs, failure.retryAt ?? 0);
      record = { ...(previous ?? { key, size: sizeOf(key, undefined) }), failure, failureUntil, lastAccess: at };
    }
    await this.store.put(record);
    await this.store.evictTo(this.maxBytes);
    return record;
  }

  private async touch(record: CacheRecord, now: number): Promise<void> {
    if (now - record.lastAccess < TOUCH_INTERVAL_MS) return;
    await this.store.put({ ...record, lastAccess: now });
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
