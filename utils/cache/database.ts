import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Failure, NewsArticle } from '../types';

/** One stored answer. `value` is only ever a fact; a failure lives beside it. */
export interface CacheRecord {
  key: string;
  /** The last good value, if there ever was one. */
  value?: unknown;
  /** Epoch ms when `value` was fetched. */
  fetchedAt?: number;
  /** Epoch ms after which `value` is stale; `Infinity` for facts kept for good. */
  expiresAt?: number;
  /** Epoch ms until which a stale `value` may still be served while it is refreshed. */
  staleUntil?: number;
  /** The newest failed attempt, kept briefly so faults do not cause retry storms. */
  failure?: Failure;
  /** Epoch ms until which `failure` stands and the source is not asked again. */
  failureUntil?: number;
  /** Epoch ms of the last read or write, for least-recently-used eviction. */
  lastAccess: number;
  /** Approximate size in bytes (JSON length), for the size cap. */
  size: number;
}

export interface CacheSchema extends DBSchema {
  answers: {
    key: string;
    value: CacheRecord;
    indexes: { byLastAccess: number };
  };
  /** Every Phoronix article and teaser seen (utils/news/article-index.ts), keyed by canonical URL. */
  articles: {
    key: string;
    value: NewsArticle;
    /** `byDate`: publication date (YYYY-MM-DD), absent from records without one; `bySeenAt`: for the size cap. */
    indexes: { byDate: string; bySeenAt: number };
  };
}

export type CacheDatabase = IDBPDatabase<CacheSchema>;
type UpgradeTransaction = IDBPTransaction<CacheSchema, StoreNames<CacheSchema>[], 'versionchange'>;

/**
 * Schema steps, oldest first; the database version is the number of steps. A user's
 * database at version N runs steps N+1… on upgrade, keeping what it holds. Append a
 * step to change the schema; never edit one that has shipped.
 */
export type Migration = (db: CacheDatabase, tx: UpgradeTransaction) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 1: answers keyed by resolver key, with an index for LRU eviction.
  (db) => {
    const answers = db.createObjectStore('answers', { keyPath: 'key' });
    answers.createIndex('byLastAccess', 'lastAccess');
  },
  // 2: Phoronix articles seen, keyed by canonical URL, by publication date and by when last seen.
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('byDate', 'date');
    articles.createIndex('bySeenAt', 'seenAt');
  },
];

export const DATABASE_NAME = 'kernel-context-cache';

export interface OpenOptions {
  /**
   * How long to wait once the open is blocked (another context holds an older version open
   * and does not let go) before giving up, so the caller can fall back to memory instead of
   * waiting for good.
   */
  blockedTimeoutMs?: number;
  /** How long any open may take before it is given up (some browsers never answer a broken profile's open). */
  timeoutMs?: number;
}

export async function openCacheDatabase(
  name = DATABASE_NAME,
  migrations: readonly Migration[] = MIGRATIONS,
  { blockedTimeoutMs = 3_000, timeoutMs = 15_000 }: OpenOptions = {},
): Promise<CacheDatabase> {
  let giveUp: (error: Error) => void = () => undefined;
  const gaveUp = new Promise<never>((_resolve, reject) => {
    giveUp = reject;
  });
  const timers: ReturnType<typeof setTimeout>[] = [];
  const after = (ms: number, why: string) => timers.push(setTimeout(() => giveUp(new Error(why)), ms));
  after(timeoutMs, `opening it took more than ${timeoutMs / 1000} s`);
  let blocked = false;
  const opening = openDB<CacheSchema>(name, migrations.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (const migrate of migrations.slice(oldVersion)) migrate(db, tx);
    },
    blocked() {
      if (blocked) return;
      blocked = true;
      after(blockedTimeoutMs, 'another copy of Kernel Context holds an older version of it open');
    },
    // A newer copy of Kernel Context wants to upgrade: let go rather than block it (the stores
    // over this connection notice the close and keep answers in memory from then on).
    blocking(_currentVersion, _blockedVersion, event) {
      (event.target as IDBDatabase).close();
    },
  });
  try {
    return await Promise.race([opening, gaveUp]);
  } catch (error) {
    // Should the open still succeed after all, it is not wanted: close it so it blocks nobody.
    opening.then((db) => db.close(), () => undefined);
    throw error;
  } finally {
    for (const timer of timers) clearTimeout(timer);
  }
}

/** A write refused because the browser's storage quota for the extension is used up. */
export function isQuotaExceeded(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
