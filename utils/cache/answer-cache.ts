import { toFailure } from '../net/fetch-error';
import type { Answer } from '../types';
import { isQuotaExceeded, type CacheRecord } from './database';
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

export interface ResolveOptions {
  /** Ask the source even when a fresh or failed answer is stored (a user's "Refresh"). */
  refresh?: boolean;
  /**
   * Whether a stored value has the shape the caller reads. A value that has not (a damaged
   * record, or one an older or newer release wrote) is a miss: loaded again and replaced.
   */
  valid?: (value: unknown) => boolean;
  /** Ask the source past a standing failure only; a fresh value still answers (a "Refresh" of the facts an answer is built on). */
  retryFailure?: boolean;
}

/** Reads are not written back for every hit: lastAccess moves at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

/** How many records read or written lately are kept in memory, most recent last. */
const RECENT_RECORDS = 256;

/**
 * Answers from a cache in front of a loader: fresh values straight from the store, stale
 * ones served while one shared refresh runs, failures remembered briefly (as failures,
 * beside the last good value, never in its place), one load per key in flight. The store
 * may fail: a record it cannot read, or reads back damaged, is a miss; a write it refuses
 * (a full disk) makes room and is tried once more, else skipped — the answer is returned
 * all the same, and no storage error is ever remembered as the source's failure.
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
    await this.store.evictTo(maxBytes).catch(() => 0);
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
  async resolve<T>(key: string, load: () => Promise<T>, policy: CachePolicy | ((value: T) => CachePolicy), { refresh = false, retryFailure = false, valid }: ResolveOptions = {}): Promise<Answer<T>> {
    const record = refresh ? undefined : await this.read(key, valid);
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
      void this.load(key, load, policy, valid).catch(() => undefined);
      return answerFrom<T>(record, 'cache', true);
    }
    const loaded = await this.load(key, load, policy, valid);
    return loaded.failure
      ? answerFrom<T>(loaded, loaded.value === undefined ? 'none' : 'cache', true)
      : answerFrom<T>(loaded, 'network', false);
  }

  /** The stored answer without loading anything. */
  async peek<T>(key: string, valid?: (value: unknown) => boolean): Promise<Answer<T> | undefined> {
    const record = await this.read(key, valid);
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

  private load<T>(key: string, load: () => Promise<T>, policy: CachePolicy | ((value: T) => CachePolicy), valid?: (value: unknown) => boolean): Promise<CacheRecord> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const promise = this.loadAndStore(key, load, policy, valid).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  private async loadAndStore<T>(key: string, load: () => Promise<T>, policy: CachePolicy | ((value: T) => CachePolicy), valid?: (value: unknown) => boolean): Promise<CacheRecord> {
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
      // The last good value is kept beside the failure; a damaged record is not.
      const previous = await this.read(key, valid);
      const failureUntil = Math.max(at + this.failureTtlMs, failure.retryAt ?? 0);
      record = { ...(previous ?? { key, size: sizeOf(key, undefined) }), failure, failureUntil, lastAccess: at };
    }
    await this.write(record);
    return record;
  }

  /**
   * The record of `key`, from memory or the store; undefined when there is none, it cannot
   * be read, or it is damaged. Copies go out, so no caller can change what is kept.
   */
  private async read(key: string, valid?: (value: unknown) => boolean): Promise<CacheRecord | undefined> {
    let stored: unknown = this.recent.get(key);
    if (stored === undefined) {
      try {
        stored = await this.store.get(key);
      } catch {
        return undefined;
      }
    }
    if (!isCacheRecord(stored, key)) return undefined;
    if (stored.value !== undefined && valid && !safely(() => valid(stored.value))) return undefined;
    this.remember(stored);
    return structuredClone(stored);
  }

  /**
   * Stores a record, then keeps the size cap. A write refused for lack of space makes room
   * (the least recently used half goes) and is tried once more; any other refusal, or a
   * second one, leaves the store as it was. The caller has its answer either way.
   */
  private async write(record: CacheRecord): Promise<void> {
    try {
      await this.store.put(record);
    } catch (error) {
      if (!isQuotaExceeded(error)) return;
      try {
        const { bytes } = await this.store.stats();
        await this.store.evictTo(Math.floor(bytes / 2));
        this.recent.clear();
        await this.store.put(record);
      } catch {
        return;
      }
    }
    this.remember(structuredClone(record));
    // What eviction removed is gone from memory too.
    if ((await this.store.evictTo(this.maxBytes).catch(() => 0)) > 0) this.recent.clear();
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

const optionalNumber = (value: unknown) => value === undefined || (typeof value === 'number' && !Number.isNaN(value));

/**
 * A record with the shape this release writes: its key, finite bookkeeping numbers, and
 * a failure (if any) with a reason, detail and time. A value needs its lifetime, a failure
 * its end. Anything else — a damaged record, or one a newer release wrote differently — is not.
 */
function isCacheRecord(stored: unknown, key: string): stored is CacheRecord {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false;
  const record = stored as Record<string, unknown>;
  if (record.key !== key || !Number.isFinite(record.lastAccess) || !Number.isFinite(record.size)) return false;
  if (!['fetchedAt', 'expiresAt', 'staleUntil', 'failureUntil'].every((field) => optionalNumber(record[field]))) return false;
  if (record.value !== undefined && (record.expiresAt === undefined || record.fetchedAt === undefined)) return false;
  const failure = record.failure as Record<string, unknown> | undefined;
  if (failure !== undefined) {
    if (typeof failure !== 'object' || failure === null) return false;
    if (typeof failure.reason !== 'string' || typeof failure.detail !== 'string' || !Number.isFinite(failure.at) || !optionalNumber(failure.retryAt)) return false;
    if (record.failureUntil === undefined) return false;
  }
  return true;
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
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
