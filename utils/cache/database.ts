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

export async function openCacheDatabase(
  name = DATABASE_NAME,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<CacheDatabase> {
  return openDB<CacheSchema>(name, migrations.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (const migrate of migrations.slice(oldVersion)) migrate(db, tx);
    },
  });
}

/** A write refused because the browser's storage quota for the extension is used up. */
export function isQuotaExceeded(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
